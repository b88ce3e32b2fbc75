/** The estimator lives in shared code so the core (CLI, API) enforces the same minimum. */
export * from '../../../../shared/passphrase/strength'

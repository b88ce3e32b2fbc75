import type { ImportProblemView } from '../../../../shared/ipc'
import { plural, problemLocation } from './importText'

/** Rows the importer could not use (errors) or changed (warnings), each with where and why. */
export function ProblemList({ problems, total }: { problems: ImportProblemView[]; total: number }) {
  if (problems.length === 0) return null
  return (
    <section className="io-section" aria-labelledby="io-problems-title">
      <h3 id="io-problems-title" className="io-section-title">
        Problems ({plural(total, 'row')})
      </h3>
      <ul className="io-list io-problems" data-testid="import-problems">
        {problems.map((problem, index) => (
          <li key={index} className={`io-problem io-problem-${problem.severity}`}>
            <span className="io-problem-kind">
              {problem.severity === 'error' ? 'Skipped' : 'Note'}
            </span>
            <span className="io-problem-where">{problemLocation(problem)}</span>
            <span className="io-problem-why">{problem.message}</span>
          </li>
        ))}
      </ul>
      {problems.length < total ? (
        <p className="io-more">and {plural(total - problems.length, 'more row')}.</p>
      ) : null}
    </section>
  )
}

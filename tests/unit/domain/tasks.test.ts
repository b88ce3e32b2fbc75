import { describe, expect, it } from 'vitest'
import { setTaskBox, taskBoxAt, taskBoxFrom } from '../../../src/shared/domain'

describe('task boxes', () => {
  it.each([
    ['- [ ] call Ana', 2, { done: false }],
    ['* [x] done', 2, { done: true }],
    ['  1. [X] numbered', 5, { done: true }],
    ['- [ ]', 2, { done: false }],
    ['text [ ] not a task', 5, undefined],
    ['- [ ]x glued', 2, undefined],
    ['- [y] not a box', 2, undefined],
  ])('%s at %i', (body, offset, expected) => {
    expect(taskBoxAt(body, offset)).toEqual(expected)
  })

  it('finds the box of a list item from where the item starts', () => {
    const body = 'Intro\n- [ ] one\n  - [x] two'
    expect(taskBoxFrom(body, body.indexOf('- [ ] one'))).toBe(body.indexOf('[ ] one'))
    expect(taskBoxFrom(body, body.indexOf('- [x]'))).toBe(body.indexOf('[x]'))
    expect(taskBoxFrom(body, 0)).toBeUndefined()
  })

  it('ticks and clears only a real box', () => {
    const body = 'a\n- [ ] one\n- [x] two'
    expect(setTaskBox(body, body.indexOf('[ ]'), true)).toBe('a\n- [x] one\n- [x] two')
    expect(setTaskBox(body, body.indexOf('[x]'), false)).toBe('a\n- [ ] one\n- [ ] two')
    expect(setTaskBox(body, 0, true)).toBeUndefined()
  })
})

import { EventEmitter } from 'node:events'

import { describe, expect, it } from 'vitest'

import { RUSH_ENDED, RUSH_STARTED, watchRush } from '../../../../cms/server/rush.mjs'

describe('a rush of public posts', () => {
  it('starts at sixteen posts in flight, ends when four are left, and can come again', () => {
    const told: string[] = []
    const rush = watchRush((message) => told.push(message))
    const responses = Array.from({ length: 16 }, () => new EventEmitter())
    for (const response of responses.slice(0, 15)) rush.post(response)
    expect(told).toEqual([])
    rush.post(responses[15])
    expect(told).toEqual([RUSH_STARTED])
    for (const response of responses.slice(0, 11)) response.emit('close')
    expect(told).toEqual([RUSH_STARTED])
    responses[11].emit('close')
    expect(told).toEqual([RUSH_STARTED, RUSH_ENDED])
    for (const response of responses.slice(12)) response.emit('close')
    for (const response of Array.from({ length: 16 }, () => new EventEmitter())) rush.post(response)
    expect(told).toEqual([RUSH_STARTED, RUSH_ENDED, RUSH_STARTED])
  })
})

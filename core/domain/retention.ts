type Env = Record<string, string | undefined>

/**
 * How long the portal keeps an application for support. The portal is only the way in: once
 * intake has called back, the case lives in the municipality's own records, so the copy here goes
 * soon after it is closed, and never outlives the maximum even if nobody closes it.
 */
export function retentionSettings(env: Env = process.env) {
  return {
    daysAfterClose: Number(env.APPLICATION_RETENTION_DAYS_AFTER_CLOSE ?? 30),
    maxDaysAfterArrival: Number(env.APPLICATION_RETENTION_MAX_DAYS ?? 90),
    outboxDays: Number(env.OUTBOX_RETENTION_DAYS ?? 30),
  }
}

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()

/** The instants before which an application (closed, or merely arrived) and an outbox message are deleted. */
export function retentionCutoffs(now: Date, settings = retentionSettings()) {
  return {
    closedBefore: daysBefore(now, settings.daysAfterClose),
    arrivedBefore: daysBefore(now, settings.maxDaysAfterArrival),
    outboxBefore: daysBefore(now, settings.outboxDays),
  }
}

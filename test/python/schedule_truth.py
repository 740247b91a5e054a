"""Ask the pinned Prefect which schedule values its own schedule models accept.

Input (stdin): JSON {"cron": [...], "rrule": [...], "timezone": [...]}.
Output: the same shape with true (accepted) / false (rejected) per value.
"""
import json
import logging
import sys

logging.disable(logging.CRITICAL)

from prefect.client.schemas.schedules import CronSchedule, RRuleSchedule  # noqa: E402


def accepted(make):
    try:
        make()
        return True
    except Exception:
        return False


cases = json.load(sys.stdin)
json.dump(
    {
        "cron": [accepted(lambda c=c: CronSchedule(cron=c)) for c in cases["cron"]],
        "rrule": [accepted(lambda r=r: RRuleSchedule(rrule=r)) for r in cases["rrule"]],
        "timezone": [accepted(lambda t=t: CronSchedule(cron="0 0 * * *", timezone=t)) for t in cases["timezone"]],
    },
    sys.stdout,
)

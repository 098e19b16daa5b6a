"""Crash test (issue #16): kill -9 the service during uploads and evaluations; no write answered 201 may be lost.

Usage: crash_test.py --jar JAR --rules DIR --workdir DIR [--port 18150] [--kills 20] [--seed N]
Exit code 0 when every acknowledged write survived every kill and the ledger said intact after every restart.
"""

import argparse
import json
import os
import random
import re
import shutil
import sys
import time

from load import Acknowledged, Load
from service import Service

# The password policy refuses a password that contains the user name.
ADMIN_PASSWORD = "kill-nine-survivor-1"
AUDITOR = ("auditor", "no-write-lost-2")
COMMUNES = [("11095", "Chí Minh"), ("11096", "Crash Một"), ("11097", "Crash Hai")]


def main():
    args = parse()
    shutil.rmtree(args.workdir, ignore_errors=True)
    os.makedirs(args.workdir)
    rng = random.Random(args.seed)
    service = Service(os.path.abspath(args.jar), os.path.abspath(args.rules), args.workdir, args.port, ADMIN_PASSWORD)
    acknowledged = Acknowledged(os.path.join(args.workdir, "acknowledged.jsonl"))
    example = json.load(open(args.example, encoding="utf-8"))
    rounds, started = [], time.monotonic()
    print("crash test: seed=%d kills=%d port=%d workdir=%s" % (args.seed, args.kills, args.port, args.workdir))
    try:
        startup = service.start()
        setup(service, acknowledged)
        for kill in range(1, args.kills + 1):
            load = Load(service, acknowledged, example, COMMUNES, AUDITOR, rng.randrange(1 << 30))
            load.start()
            # Kill at a random moment once uploads and evaluations both run (or after a minute, whatever happens).
            load.evaluated.wait(60)
            delay = rng.uniform(args.min_delay, args.max_delay)
            time.sleep(delay)
            service.kill()
            load.stop()
            startup = service.start()
            lost, ledger = check(service, acknowledged)
            lag = re.search(r"ledger checkpoint caught up from entry (\d+) to entry (\d+)", service.log_text())
            rounds.append((kill, delay, startup, load.answered, lost, ledger, lag is not None))
            print("kill %2d %.2f s after the first evaluation: %3d writes answered 201 in the round, restart %.1f s, "
                  "lost %d, ledger %s%s" % (kill, delay, load.answered, startup, len(lost), ledger,
                                           ", checkpoint caught up at start %s -> %s" % lag.groups() if lag else ""),
                  flush=True)
            for line in lost[:20]:
                print("   LOST " + line)
    finally:
        service.stop()
    return summary(rounds, acknowledged, time.monotonic() - started)


def setup(service, acknowledged):
    """What the load needs, created through the API as acknowledged writes too: the communes and an auditor."""
    admin = ("admin", ADMIN_PASSWORD)
    for code, name in COMMUNES:
        status, body = service.post("/api/communes", admin,
                                    {"code": code, "name": name, "province": "Hải Dương", "level": "XA"})
        expect(status, 201, body)
        acknowledged.add("commune", code, {})
    status, body = service.post("/api/users", admin,
                                {"username": AUDITOR[0], "password": AUDITOR[1], "role": "AUDITOR"})
    expect(status, 201, body)
    acknowledged.add("user", AUDITOR[0], {"role": "AUDITOR"})


def check(service, acknowledged):
    """Every acknowledged write, looked up after the restart; returns the lost ones and the ledger's verdict."""
    admin = ("admin", ADMIN_PASSWORD)
    found = {"commune": {}, "user": {}, "dossier": {}, "evaluation": {}}
    for code, _ in COMMUNES:
        if service.get("/api/communes/" + code, admin)[0] == 200:
            found["commune"][code] = {}
        for d in listing(service, "/api/dossiers?commune=" + code, AUDITOR):
            found["dossier"][str(d["id"])] = {"hash": d["hash"], "communeCode": d["communeCode"]}
        for e in listing(service, "/api/evaluations?commune=" + code, AUDITOR):
            found["evaluation"][str(e["id"])] = {"dossierId": e["dossierId"]}
    for u in listing(service, "/api/users", admin):
        found["user"][u["username"]] = {"role": u["role"]}
    lost = [w.describe() for w in acknowledged.all() if found[w.kind].get(w.key) != w.expected]
    status, verification = service.get("/api/ledger/verification", admin)
    intact = status == 200 and verification.get("intact") is True
    checkpoint = (verification or {}).get("checkpoint") or {}
    ledger = "intact (%d entries, checkpoint %s +%s)" % (
        verification["entries"], checkpoint.get("status"), checkpoint.get("entriesAfter")) if intact else \
        "NOT INTACT %s" % json.dumps(verification, ensure_ascii=False)
    return lost, ledger


def listing(service, path, user):
    status, body = service.get(path, user)
    expect(status, 200, body)
    return body


def summary(rounds, acknowledged, seconds):
    lost = len(set(line for r in rounds for line in r[4]))
    broken = [r[0] for r in rounds if not r[5].startswith("intact")]
    print("\n==== crash test summary ====")
    print("kills (kill -9 during load): %d" % len(rounds))
    for kind, count in sorted(acknowledged.counts().items()):
        print("acknowledged %-11s %d" % (kind + "s:", count))
    print("acknowledged writes lost:  %d (checked after each of the %d restarts)" % (lost, len(rounds)))
    print("ledger intact after restart: %d of %d%s" % (len(rounds) - len(broken), len(rounds),
                                                      "" if not broken else " (not after kills %s)" % broken))
    print("restarts whose checkpoint lagged behind the database and was caught up: %d" % sum(r[6] for r in rounds))
    print("mean restart: %.1f s; total run: %.0f s" % (sum(r[2] for r in rounds) / max(1, len(rounds)), seconds))
    for message in acknowledged.unexpected[:20]:
        print("unexpected answer: " + message)
    ok = (len(rounds) > 0 and lost == 0 and not broken and not acknowledged.unexpected
          and acknowledged.counts().get("evaluation", 0) > 0)
    print("RESULT: " + ("PASS" if ok else "FAIL"))
    return 0 if ok else 1


def expect(status, wanted, body):
    if status != wanted:
        raise RuntimeError("expected HTTP %d, got %d: %s" % (wanted, status, body))


def parse():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--jar", required=True)
    p.add_argument("--rules", required=True)
    p.add_argument("--example", required=True, help="a valid dossier the uploads are varied from")
    p.add_argument("--workdir", required=True)
    p.add_argument("--port", type=int, default=18150)
    p.add_argument("--kills", type=int, default=20)
    p.add_argument("--seed", type=int, default=int(time.time()))
    p.add_argument("--min-delay", type=float, default=0.0, help="shortest load after the first evaluation before a kill, seconds")
    p.add_argument("--max-delay", type=float, default=2.5, help="longest load after the first evaluation before a kill, seconds")
    return p.parse_args()


if __name__ == "__main__":
    sys.exit(main())

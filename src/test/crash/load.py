"""The load during which the service is killed: concurrent dossier uploads and evaluations, every 201 remembered."""

import copy
import hashlib
import http.client
import json
import random
import threading
import time


class Write:
    """One write the service answered 201: its kind, key and what a lookup after a restart must show."""

    def __init__(self, kind, key, expected):
        self.kind, self.key, self.expected = kind, key, expected

    def describe(self):
        return "%s %s %s" % (self.kind, self.key, json.dumps(self.expected, ensure_ascii=False))


class Acknowledged:
    """Every acknowledged write (also appended to a journal file), and each commune's newest dossier to evaluate.

    Only the version a commune submitted last is evaluated officially (issue #11: an auditor's upload is submitted as
    it is stored), so the evaluators take each commune's newest upload."""

    def __init__(self, journal):
        self.lock = threading.Lock()
        self.writes, self.unexpected = [], []
        self.to_evaluate = {}
        self.journal = open(journal, "a", encoding="utf-8")
        self.uploads = 0

    def add(self, kind, key, expected):
        with self.lock:
            self.writes.append(Write(kind, str(key), expected))
            self.journal.write(json.dumps({"kind": kind, "key": str(key), "expected": expected}) + "\n")
            self.journal.flush()
            if kind == "dossier":
                self.to_evaluate[expected["communeCode"]] = int(key)

    def next_upload(self):
        with self.lock:
            self.uploads += 1
            return self.uploads

    def take_dossier(self, rng):
        with self.lock:
            if not self.to_evaluate:
                return None
            commune = rng.choice(sorted(self.to_evaluate))
            return commune, self.to_evaluate.pop(commune)

    def give_back(self, taken):
        with self.lock:
            self.to_evaluate.setdefault(taken[0], taken[1])

    def all(self):
        with self.lock:
            return list(self.writes)

    def counts(self):
        counts = {}
        for w in self.all():
            counts[w.kind] = counts.get(w.kind, 0) + 1
        return counts


class Load:
    """One uploader per commune and two evaluators, until stop(); `answered` counts this round's 201 answers."""

    def __init__(self, service, acknowledged, example, communes, auditor, seed):
        self.service, self.acknowledged, self.example = service, acknowledged, example
        self.auditor, self.seed = auditor, seed
        self.stopping = threading.Event()
        self.evaluated = threading.Event()  # the first evaluation of a fresh JVM takes seconds (rule-engine warm-up)
        self.answered = 0
        self.threads = [threading.Thread(target=self.upload, args=(c,), daemon=True) for c in communes]
        self.threads += [threading.Thread(target=self.evaluate, args=(i,), daemon=True) for i in range(2)]

    def start(self):
        for t in self.threads:
            t.start()

    def stop(self):
        self.stopping.set()
        for t in self.threads:
            t.join(60)

    def upload(self, commune):
        rng = random.Random("%d-%s" % (self.seed, commune[0]))
        while not self.stopping.is_set():
            body = self.dossier(commune, self.acknowledged.next_upload(), rng.randrange(1 << 30))
            answer = self.send("/api/dossiers", body)
            if answer and answer[0] == 201:
                sent = hashlib.sha256(body).hexdigest()
                if answer[1]["hash"] != sent:
                    self.unexpected("upload answered hash %s for bytes %s" % (answer[1]["hash"], sent))
                self.acknowledged.add("dossier", answer[1]["id"], {"hash": sent, "communeCode": commune[0]})
                self.answered += 1
            elif answer:
                self.unexpected("upload answered %d: %s" % answer)

    def evaluate(self, worker):
        rng = random.Random("%d-evaluator-%d" % (self.seed, worker))
        while not self.stopping.is_set():
            taken = self.acknowledged.take_dossier(rng)
            if taken is None:
                time.sleep(0.05)
                continue
            dossier = taken[1]
            answer = self.send("/api/dossiers/%d/evaluations" % dossier, None)
            if answer is None:
                self.acknowledged.give_back(taken)  # cut off by the kill: it may or may not have been stored
            elif answer[0] == 201:
                self.acknowledged.add("evaluation", answer[1]["summary"]["id"], {"dossierId": dossier})
                self.answered += 1
                self.evaluated.set()
            elif answer[0] != 409:  # 409: a newer upload of the commune was submitted meanwhile (not-submitted), or an
                # evaluation cut off by an earlier kill had been stored after all (already-evaluated)
                self.unexpected("evaluation of dossier %d answered %d: %s" % ((dossier,) + answer))

    def send(self, path, body):
        """The answer, or None when the connection failed (the service was killed meanwhile)."""
        try:
            return self.service.post(path, self.auditor, body)
        except (OSError, http.client.HTTPException):
            if not self.stopping.is_set():
                time.sleep(0.05)
            return None

    def dossier(self, commune, n, nonce):
        d = copy.deepcopy(self.example)
        d["commune"]["code"], d["commune"]["name"] = commune
        d["dossierId"] = "HSMC-%s-%d" % (commune[0], d["period"]["year"])
        d["period"]["preparedBy"] = "Văn phòng - Thống kê UBND xã (lần %d, %d)" % (n, nonce)
        return json.dumps(d, ensure_ascii=False).encode("utf-8")

    def unexpected(self, message):
        with self.acknowledged.lock:
            self.acknowledged.unexpected.append(message)

#!/usr/bin/env python3
"""The attackers of bench/hostile (standard library only). One process runs one attack from the loopback
addresses it is given, for the time it is given, and writes what it saw to a JSON file:

  hostile.py ATTACK --port P --seconds S --result FILE [options]

  cache       real pages under ever-new Host ports and case/slash variants, 32 loops (--source)
  search      one 200-letter word, 30 at once, then wait out the rate-limit window (--source)
  flood       10,000 sockets each sending one header line every 5 s (--source)
  hold        250 idle keep-alive connections from each of --networks N networks (127.1.0.1 ... 127.N.0.1),
              reopened a second after the site closes one
  post-flood  valid feedback posts as fast as possible, from random addresses in 127.A-B.x.y (--nets A-B)
  restore     a few feedback posts a second while the SQLite file (--db) is deleted, then a backup moved in
  frozen      a few feedback posts a second while PostgreSQL (--postmaster PID) is stopped with SIGSTOP
  full-disk   feedback posts of 1,000 emoji (about 4 KB stored each) until the disk under --db is full

Feedback posts are what the page's form sends with JavaScript on (Accept: application/json, the site's own
Origin): the site uses no cookie and no antiforgery token (the Origin check stands in for it), so each
connection first GETs the article, as a browser would, and takes the form's hidden version field from it.
Every post's comment is unique; the texts thanked are checked against the database afterwards.

The reader (wrk) starts 2 s after the attacker; the timed attacks (restore, frozen) act relative to that.
"""
import argparse
import asyncio
import json
import os
import random
import re
import resource
import shutil
import signal
import sqlite3
import string
import subprocess
import sys
import time
import urllib.parse

ARTICLE = "what-is-ketamine"
PATHS = ["/", "/glossary", "/robots.txt", "/articles/what-is-ketamine", "/articles/side-effects-and-risks"]
READER_STARTS = 2.0  # bench/hostile starts the reader this long after the attacker


# ---------------------------------------------------------------------------------------------------------
# A small HTTP/1.1 client over asyncio streams: keep-alive, Content-Length or chunked bodies.

class Closed(Exception):
    pass


class Connection:
    def __init__(self, port, source):
        self.port, self.source = port, source
        self.reader = self.writer = None

    async def open(self, timeout=10):
        self.reader, self.writer = await asyncio.wait_for(
            asyncio.open_connection("127.0.0.1", self.port, local_addr=(self.source, 0)), timeout)

    def close(self):
        if self.writer is not None:
            self.writer.close()
            self.writer = None

    async def request(self, method, path, headers=(), body=b"", timeout=30):
        head = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{self.port}"] + list(headers)
        if body:
            head.append(f"Content-Length: {len(body)}")
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)
        await self.writer.drain()
        return await asyncio.wait_for(self._response(), timeout)

    async def _response(self):
        try:
            raw = await self.reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, ConnectionError) as e:
            raise Closed() from e
        lines = raw.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ")[1])
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        if "content-length" in headers:
            body = await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding", "").lower() == "chunked":
            parts = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                if size == 0:
                    await self.reader.readuntil(b"\r\n")
                    break
                parts.append(await self.reader.readexactly(size))
                await self.reader.readexactly(2)
            body = b"".join(parts)
        elif status in (204, 304) or 100 <= status < 200:
            body = b""
        else:
            body = await self.reader.read()
            headers["connection"] = "close"
        if headers.get("connection", "").lower() == "close":
            self.close()
        return status, headers, body


def letters(n):
    """A number written in letters: the feedback text masks runs of digits that look like phone numbers."""
    out = ""
    while True:
        n, r = divmod(n, 26)
        out = string.ascii_lowercase[r] + out
        if n == 0:
            return out


_networks_used = set()


def random_address(first, last):
    """An address in 127.first-last.x.y, in a /24 this process has not used yet (while there are any left)."""
    for _ in range(1000):
        a, b = random.randint(first, last), random.randint(0, 255)
        if (a, b) not in _networks_used:
            break
    _networks_used.add((a, b))
    return f"127.{a}.{b}.{random.randint(1, 254)}"


class Feedback:
    """Posts feedback and keeps score: what was thanked (by unique text), refused, or failed otherwise."""

    def __init__(self, port, tag):
        self.port, self.tag = port, tag
        self.sent = 0
        self.thanked = []  # (text, sent at, answered at)
        self.statuses = {}
        self.errors = 0
        self.in_flight = 0
        self.slowest_thanked = 0.0
        self.start = time.time()

    async def form_version(self, conn):
        status, _, body = await conn.request("GET", f"/articles/{ARTICLE}", ["Accept-Encoding: identity"])
        found = re.search(rb'name="version" value="([0-9a-f]+)"', body)
        if status != 200 or not found:
            raise Closed()
        return found.group(1).decode()

    def text(self, filler=""):
        self.sent += 1
        return f"hostile {self.tag} {letters(self.sent)}{filler}"

    async def post(self, conn, version, text):
        body = urllib.parse.urlencode({"article": ARTICLE, "version": version, "kind": "answer", "useful": "no", "text": text}).encode()
        headers = [f"Origin: http://127.0.0.1:{self.port}", "Content-Type: application/x-www-form-urlencoded", "Accept: application/json"]
        sent_at = time.time()
        self.in_flight += 1
        try:
            status, _, answer = await conn.request("POST", "/feedback", headers, body, timeout=120)
        except Exception:
            self.errors += 1
            raise
        finally:
            self.in_flight -= 1
        answered_at = time.time()
        self.statuses[status] = self.statuses.get(status, 0) + 1
        if status == 200 and b'"ok":true' in answer:
            self.thanked.append((text, sent_at, answered_at))
            self.slowest_thanked = max(self.slowest_thanked, answered_at - sent_at)
        return status

    async def one_post(self, source, filler=""):
        """A reader's single answer: a new connection, the page, the post."""
        conn = Connection(self.port, source)
        try:
            await conn.open()
            version = await self.form_version(conn)
            await self.post(conn, version, self.text(filler))
        except Exception:
            pass
        finally:
            conn.close()

    def summary(self):
        refused = self.statuses.get(429, 0) + self.statuses.get(503, 0)
        other = sum(n for s, n in self.statuses.items() if s not in (200, 429, 503))
        return {"sent": self.sent, "thanked": len(self.thanked), "refused": refused, "refused_429": self.statuses.get(429, 0),
                "refused_503": self.statuses.get(503, 0), "other_status": other, "errors": self.errors,
                "statuses": {str(k): v for k, v in sorted(self.statuses.items())}, "slowest_thanked_s": round(self.slowest_thanked, 2),
                "last_thanked_s": round(self.thanked[-1][2] - self.start, 1) if self.thanked else None}


def sqlite_texts(path):
    """The comments in a SQLite feedback file, read without creating it or writing to it."""
    if not os.path.exists(path):
        return None
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    try:
        return [row[0] for row in db.execute("SELECT body FROM feedback")]
    finally:
        db.close()


def sqlite_copy(path, into):
    """A consistent copy of a live SQLite file (the backup API), as an operator's backup would be."""
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    target = sqlite3.connect(into)
    try:
        source.backup(target)
        target.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # all of it in the file itself, none in a -wal beside it
    finally:
        target.close()
        source.close()


def postgres_texts(schema):
    out = subprocess.run(["psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-c", f"SELECT body FROM {schema}.feedback"],
                         capture_output=True, text=True, timeout=60, check=True).stdout
    return out.splitlines()


def check_stored(feedback, texts):
    """Stored rows, and thanked comments that are not among them."""
    if texts is None:
        return {"stored": 0, "missing": len(feedback.thanked)}
    present = set(texts)
    return {"stored": len(texts), "missing": sum(1 for t, _, _ in feedback.thanked if t not in present)}


# ---------------------------------------------------------------------------------------------------------
# Attacks 1-3 (unchanged since 27 November): one-shot requests that read to the end.

async def raw_request(port, source, raw):
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(source, 0))
        writer.write(raw.encode("latin-1"))
        await writer.drain()
        await asyncio.wait_for(reader.read(), 30)
        writer.close()
    except Exception:
        pass


def variant(path):
    # Upper-case some letters, sometimes add a trailing slash: the same page under a new cache key.
    chars = [c.upper() if c.isalpha() and random.random() < 0.5 else c for c in path]
    return "".join(chars) + ("/" if random.random() < 0.5 and path != "/" else "")


async def cache_fill(args, end):
    n = 0

    async def one():
        nonlocal n
        while time.time() < end:
            n += 1
            path = variant(random.choice(PATHS)) if n % 2 else random.choice(PATHS)
            await raw_request(args.port, args.source, f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{1 + n % 65535}\r\nAccept-Encoding: br\r\nConnection: close\r\n\r\n")
    await asyncio.gather(*(one() for _ in range(32)))
    return {"requests": n}


async def search(args, end):
    rounds = 0
    while time.time() < end:
        word = "".join(random.choice(string.ascii_lowercase) for _ in range(200))
        started = time.time()
        rounds += 1
        await asyncio.gather(*(raw_request(args.port, args.source, f"GET /search?q={word} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n") for _ in range(30)))
        await asyncio.sleep(max(0, 10.5 - (time.time() - started)))
    return {"rounds": rounds}


async def flood(args, end):
    async def slow():
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", args.port, local_addr=(args.source, 0))
            writer.write(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            while time.time() < end:
                await asyncio.sleep(5)
                writer.write(b"X-Slow: 1\r\n")
                await writer.drain()
            writer.close()
        except Exception:
            pass
    tasks = []
    for _ in range(10_000):
        if time.time() >= end:
            break
        tasks.append(asyncio.create_task(slow()))
        await asyncio.sleep(0.0005)
    await asyncio.gather(*tasks)
    return {"sockets": len(tasks)}


# ---------------------------------------------------------------------------------------------------------
# 4. Idle keep-alive connections from many networks.

async def hold(args, end):
    sources = [f"127.{n}.0.1" for n in range(1, args.networks + 1)]
    state = {"open": 0, "opened": 0, "closed_by_site": 0, "failed": 0}
    samples = []

    async def sampler():
        while time.time() < end:
            samples.append((time.time() - start, state["open"]))
            await asyncio.sleep(0.5)

    start = time.time()
    tasks = [asyncio.create_task(sampler())]
    for _ in range(args.per_network):
        for source in sources:
            tasks.append(asyncio.create_task(_slot(args, source, end, state)))
        await asyncio.sleep(0.004)  # 20 connections every 4 ms: 5,000 in about a second
    await asyncio.gather(*tasks)
    # Connections held while the reader read.
    window = [n for t, n in samples if READER_STARTS <= t <= READER_STARTS + args.reader_seconds] or [n for _, n in samples]
    return {**{k: v for k, v in state.items() if k != "open"}, "wanted": args.per_network * len(sources),
            "held_min": min(window) if window else 0, "held_max": max(window) if window else 0}


async def _slot(args, source, end, state):
    while time.time() < end:
        conn = Connection(args.port, source)
        try:
            await conn.open()
            await conn.request("GET", "/robots.txt", timeout=30)
            if conn.writer is None:
                raise Closed()
            state["opened"] += 1
            state["open"] += 1
            try:
                # Idle until the site closes it (EOF) or the attack ends.
                got = await asyncio.wait_for(conn.reader.read(1), max(0.1, end - time.time()))
                if got == b"" and time.time() < end:
                    state["closed_by_site"] += 1
            except asyncio.TimeoutError:
                pass
            finally:
                state["open"] -= 1
        except Exception:
            state["failed"] += 1
        finally:
            conn.close()
        if time.time() < end:
            await asyncio.sleep(1.0)  # then take the place back


# ---------------------------------------------------------------------------------------------------------
# 5. Feedback from ever-new networks, as fast as it goes.

async def post_flood(args, end):
    first, last = map(int, args.nets.split("-"))
    feedback = Feedback(args.port, args.tag)

    async def worker():
        while time.time() < end:
            conn = Connection(args.port, random_address(first, last))
            try:
                await conn.open()
                version = await feedback.form_version(conn)
                for _ in range(25):  # the per-network limit is 20: the last few are expected to be 429
                    if time.time() >= end or conn.writer is None:
                        break
                    await feedback.post(conn, version, feedback.text())
            except Exception:
                pass
            finally:
                conn.close()

    await asyncio.gather(*(worker() for _ in range(args.concurrency)))
    return feedback


# ---------------------------------------------------------------------------------------------------------
# 6, 7. A steady trickle of readers' answers, each from its own network, while the operator acts.

async def trickle(args, feedback, first, last, until, per_second=5):
    tasks = []
    while time.time() < until:
        tasks.append(asyncio.create_task(feedback.one_post(random_address(first, last))))
        await asyncio.sleep(1 / per_second)
    return tasks


async def restore(args, end):
    """Delete the SQLite file (and its -wal and -shm), later move a backup into place (copy, then rename)."""
    start = time.time()
    feedback = Feedback(args.port, args.tag)
    reader_end = start + READER_STARTS + args.reader_seconds
    steps = {}

    async def operator():
        backup = os.path.join(args.workdir, "restore-backup.db")
        snapshot = os.path.join(args.workdir, "restore-before-restore.db")
        await asyncio.sleep(max(0, start + READER_STARTS + 1 - time.time()))
        steps["backup"] = [time.time()]
        await asyncio.to_thread(sqlite_copy, args.db, backup)
        steps["backup"].append(time.time())
        await asyncio.sleep(2)
        steps["delete"] = [time.time()]
        for suffix in ("", "-wal", "-shm"):
            try:
                os.remove(args.db + suffix)
            except FileNotFoundError:
                pass
        steps["delete"].append(time.time())
        await asyncio.sleep(max(0, start + READER_STARTS + 0.7 * args.reader_seconds - time.time()))
        # What the file at the path holds just before the restore: the answers taken since the delete.
        steps["snapshot"] = [time.time()]
        await asyncio.to_thread(sqlite_copy, args.db, snapshot)
        steps["snapshot"].append(time.time())
        steps["restore"] = [time.time()]
        shutil.copyfile(backup, args.db + ".restoring")
        os.rename(args.db + ".restoring", args.db)
        steps["restore"].append(time.time())
        return sqlite_texts(backup), sqlite_texts(snapshot)

    op = asyncio.create_task(operator())
    tasks = await trickle(args, feedback, args.first, args.last, reader_end)
    in_backup, in_snapshot = await op
    await asyncio.gather(*tasks)
    final = await asyncio.to_thread(sqlite_texts, args.db)
    final_set, backup_set, snapshot_set = set(final or []), set(in_backup or []), set(in_snapshot or [])

    # Where each thanked answer must be. Thanked before the backup began: in the backup, so in the final
    # file. Sent after the delete and thanked before the snapshot: in the file at the path then. Sent after
    # the restore: in the final file. Thanked after the backup and before the restore: in a file the
    # operator deleted or replaced (lost by their choice). Anything in flight across a step: not judged.
    b0, b1 = steps["backup"]
    d0, d1 = steps["delete"]
    s0, _ = steps["snapshot"]
    _, r1 = steps["restore"]
    due = {"before backup": 0, "between delete and restore": 0, "after restore": 0}
    missing = {k: 0 for k in due}
    discarded = unjudged = 0
    for text, sent, answered in feedback.thanked:
        if answered < b0:
            phase, present = "before backup", text in backup_set and text in final_set
        elif sent > d1 and answered < s0:
            phase, present = "between delete and restore", text in snapshot_set
        elif sent > r1:
            phase, present = "after restore", text in final_set
        elif answered < r1 and (sent > b1 or answered < d0):
            discarded += 1
            continue
        else:
            unjudged += 1
            continue
        due[phase] += 1
        missing[phase] += 0 if present else 1
    result = {"stored": len(final or []), "missing": sum(missing.values()), "due": due, "missing_by_phase": missing,
              "discarded_by_operator": discarded, "in_flight_across_a_step": unjudged,
              "rows_in_backup": len(backup_set), "rows_before_restore": len(snapshot_set),
              "steps_s": {k: round(v[0] - start, 2) for k, v in steps.items()}}
    return feedback, result


def children_of(parent):
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        if int(stat[stat.rindex(")") + 2:].split(" ")[1]) == parent:
            found.append(int(name))
    return found


async def frozen(args, end):
    """SIGSTOP the postmaster and every backend for the reader's whole run, then SIGCONT."""
    start = time.time()
    feedback = Feedback(args.port, args.tag)
    stopped = []

    async def operator():
        await asyncio.sleep(max(0, start + READER_STARTS - time.time()))
        os.kill(args.postmaster, signal.SIGSTOP)  # first, so it starts no new backend
        stopped.append(args.postmaster)
        for pid in children_of(args.postmaster):
            try:
                os.kill(pid, signal.SIGSTOP)
                stopped.append(pid)
            except ProcessLookupError:
                pass
        with open(args.frozen_pids, "w") as f:  # for bench/hostile's clean-up, should this process die
            f.write("\n".join(map(str, stopped)) + "\n")
        frozen_at = time.time()
        await asyncio.sleep(max(0, start + READER_STARTS + args.reader_seconds - time.time()))
        for pid in reversed(stopped):
            try:
                os.kill(pid, signal.SIGCONT)
            except ProcessLookupError:
                pass
        os.remove(args.frozen_pids)
        return time.time() - frozen_at

    op = asyncio.create_task(operator())
    tasks = await trickle(args, feedback, args.first, args.last, start + READER_STARTS + args.reader_seconds + 1)
    frozen_for = await op
    await asyncio.gather(*tasks)  # posts held during the freeze are answered now (or time out at 120 s)
    result = check_stored(feedback, await asyncio.to_thread(postgres_texts, args.schema))
    result.update({"frozen_s": round(frozen_for, 1), "stopped_processes": len(stopped)})
    return feedback, result


# ---------------------------------------------------------------------------------------------------------
# 8. A full disk: big answers from many networks until nothing more fits.

async def full_disk(args, end):
    feedback = Feedback(args.port, args.tag)
    stop = time.time() + READER_STARTS + args.reader_seconds
    filler = " " + "\U0001F600" * 960  # 960 text elements, 3.8 KB; the limit is 1,000 characters as readers count them

    async def worker():
        while time.time() < stop:
            conn = Connection(args.port, random_address(args.first, args.last))
            try:
                await conn.open()
                version = await feedback.form_version(conn)
                for _ in range(20):  # within the per-network limit
                    if time.time() >= stop or conn.writer is None:
                        break
                    await feedback.post(conn, version, feedback.text(filler))
            except Exception:
                pass
            finally:
                conn.close()

    await asyncio.gather(*(worker() for _ in range(args.concurrency)))
    texts = await asyncio.to_thread(sqlite_texts, args.db)
    result = check_stored(feedback, texts)
    usage = shutil.disk_usage(os.path.dirname(args.db))
    result.update({"disk_used_kb": usage.used // 1024, "disk_size_kb": usage.total // 1024})
    return feedback, result


# ---------------------------------------------------------------------------------------------------------

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("attack", choices=["cache", "search", "flood", "hold", "post-flood", "restore", "frozen", "full-disk"])
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--seconds", type=float, required=True, help="how long the attacker runs")
    p.add_argument("--reader-seconds", type=float, default=15, help="how long the reader reads (from 2 s after start)")
    p.add_argument("--result", required=True, help="JSON file to write")
    p.add_argument("--source", default="127.0.0.2")
    p.add_argument("--networks", type=int, default=20)
    p.add_argument("--per-network", type=int, default=250)
    p.add_argument("--nets", default="30-90", help="post-flood: second octets of the source addresses")
    p.add_argument("--first", type=int, default=100)
    p.add_argument("--last", type=int, default=109)
    p.add_argument("--concurrency", type=int, default=32)
    p.add_argument("--tag", default="x", help="marks this process's comments (letters only)")
    p.add_argument("--db", help="the SQLite feedback file")
    p.add_argument("--workdir", default="/tmp")
    p.add_argument("--postmaster", type=int)
    p.add_argument("--schema", default="hostile")
    p.add_argument("--frozen-pids")
    args = p.parse_args()
    end = time.time() + args.seconds
    attack = {"cache": cache_fill, "search": search, "flood": flood, "hold": hold, "post-flood": post_flood,
              "restore": restore, "frozen": frozen, "full-disk": full_disk}[args.attack]
    out = asyncio.run(attack(args, end))
    if isinstance(out, tuple):
        feedback, extra = out
        out = {**feedback.summary(), **extra}
    elif isinstance(out, Feedback):
        with open(args.result + ".thanked", "w") as f:  # checked against the database by `hostile.py verify`
            f.write("\n".join(t for t, _, _ in out.thanked) + ("\n" if out.thanked else ""))
        out = out.summary()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    out["cpu_s"] = round(usage.ru_utime + usage.ru_stime, 1)
    with open(args.result, "w") as f:
        json.dump(out, f)


def verify():
    """hostile.py verify DB RESULT...: adds stored and missing (thanked, not in DB) to the first result file."""
    db, results = sys.argv[2], sys.argv[3:]
    texts = sqlite_texts(db) or []
    present = set(texts)
    thanked = []
    for r in results:
        with open(r + ".thanked") as f:
            thanked += f.read().splitlines()
    missing = sum(1 for t in thanked if t not in present)
    with open(results[0]) as f:
        first = json.load(f)
    first.update({"stored": len(texts), "missing": missing})
    with open(results[0], "w") as f:
        json.dump(first, f)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "verify":
        verify()
    else:
        main()

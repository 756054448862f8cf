#!/usr/bin/python3
"""Pain-point mining benchmark (issue #5): our `mine` command against the scikit-learn
baseline (bench/mining_baseline.py), side by side in one run.

    mvn -o -q package -DskipTests
    /usr/bin/python3 bench/mining_bench.py [--data ../shared/data] [--quick]

1. Quality: NMI against sub_category1 (k = 31) and business_service (k = 77) on
   helpdesk_tickets.csv (text title,body), 5 seeds each, both tools.
2. Speed: whole pipeline (parse -> analyse -> TF-IDF -> cluster, k = 31) on the file
   (--rounds rounds, baseline and ours alternating; the ratio of the medians is the figure,
   since the machine is shared and one run of either moves by half) and on a 64x
   replicated copy written to /tmp (never committed; one run each, the baseline stopped
   after --baseline-timeout seconds, which makes its ratio a lower bound).
3. Scale: 500,000 tickets (the file replicated and cut) with --k auto, -Xmx2g, 2 cores.
Writes bench/results/mining-latest.md and prints it.
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
JAR = os.environ.get("SHOPFRONT_JAR", os.path.join(ROOT, "target", "shopfront.jar"))
LABELS = {"sub_category1": 31, "business_service": 77}


def run(command, timeout=None):
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(command, check=True, capture_output=True, text=True, timeout=timeout).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return out, time.perf_counter() - started, cpu


def ours(path, k, seed, label=None, heap="2g", repeat=1):
    command = ["java", "-Xmx" + heap, "-XX:ActiveProcessorCount=2", "-jar", JAR, "mine", "--input", path,
               "--text", "title,body", "--k", str(k), "--seed", str(seed), "--repeat", str(repeat)]
    if label:
        command += ["--label", label]
    out, wall, cpu = run(command)
    return json.loads(out), wall, cpu


def baseline(path, k, seed, label=None, timeout=None):
    command = ["/usr/bin/python3", os.path.join(HERE, "mining_baseline.py"), "--input", path,
               "--text", "title,body", "--k", str(k), "--seeds", str(seed)]
    if label:
        command += ["--label", label]
    out, wall, cpu = run(command, timeout)
    return json.loads(out.strip().splitlines()[-1]), wall, cpu


def replicate(source, target, times=None, rows=None):
    if os.path.exists(target):
        return target
    with open(source, encoding="utf-8") as f:
        lines = f.read().splitlines(keepends=True)
    header, body = lines[0], lines[1:]
    with open(target, "w", encoding="utf-8") as f:
        f.write(header)
        written = 0
        while (times is not None and written < times * len(body)) or (rows is not None and written < rows):
            for line in body:
                if rows is not None and written >= rows:
                    break
                f.write(line)
                written += 1
    return target


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    parser.add_argument("--quick", action="store_true", help="one seed, no 500k run")
    parser.add_argument("--rounds", type=int, default=7, help="alternating speed rounds on the file")
    parser.add_argument("--baseline-timeout", type=int, default=600,
                        help="seconds before the baseline on the 64x copy is stopped")
    args = parser.parse_args()
    data = os.path.join(args.data, "helpdesk_tickets.csv")
    seeds = [0] if args.quick else [0, 1, 2, 3, 4]
    report = ["# Pain-point mining benchmark", "",
              "commit `%s`, %s, load average %s" % (
                  subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True,
                                 text=True).stdout.strip(), time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                  " ".join("%.1f" % x for x in os.getloadavg())), ""]

    report += ["## Quality (NMI, mean of %d seeds)" % len(seeds), "",
               "| label | k | baseline NMI | ours NMI | ours ARI | ours V-measure |", "|---|---|---|---|---|---|"]
    for label, k in LABELS.items():
        base, mine = [], []
        for seed in seeds:
            base.append(baseline(data, k, seed, label)[0])
            mine.append(ours(data, k, seed, label)[0])
        mean = lambda rows, key: sum(r[key] for r in rows) / len(rows)
        report.append("| %s | %d | %.4f | %.4f | %.4f | %.4f |" % (
            label, k, mean(base, "nmi"), mean(mine, "nmi"), mean(mine, "ari"), mean(mine, "vMeasure")))
        print(report[-1], file=sys.stderr)

    report += ["", "## Speed (k = 31, seed 0; pipeline = parse -> analyse -> TF-IDF -> cluster)", "",
               "| input | tickets | baseline pipeline s | ours pipeline s | ratio | baseline process s (CPU s) | ours process s (CPU s) | ours peak heap MB |",
               "|---|---|---|---|---|---|---|---|"]
    median = lambda values: sorted(values)[len(values) // 2]
    rounds = []
    for _ in range(1 if args.quick else args.rounds):
        rounds.append((baseline(data, 31, 0), ours(data, 31, 0)))
    b_ms = [b[0]["timings"]["totalMs"] for b, _ in rounds]
    o_ms = [o[0]["timings"]["totalMs"] for _, o in rounds]
    o = rounds[-1][1][0]
    report.append("| helpdesk_tickets.csv, median of %d alternating rounds | %d | %.2f | %.2f | **%.1fx** | %.2f (%.1f) | %.2f (%.1f) | %d |" % (
        len(rounds), o["tickets"], median(b_ms) / 1000, median(o_ms) / 1000, median(b_ms) / median(o_ms),
        median([b[1] for b, _ in rounds]), median([b[2] for b, _ in rounds]),
        median([o[1] for _, o in rounds]), median([o[2] for _, o in rounds]), o["peakHeapMb"]))
    report.append("")
    report.append("Rounds (pipeline ms, baseline / ours): " + ", ".join("%d / %d" % r for r in zip(b_ms, o_ms)))
    report.append("")
    print(report[-2], file=sys.stderr)
    warm = ours(data, 31, 0, repeat=6)[0]["totalMsPerRun"]
    report.append("In a warm JVM (`--repeat 6`, one process reading and mining the file six times, as the"
                  " running application re-mines), ours took %s ms per run: the last three's median, %d ms,"
                  " is **%.1fx** faster than the baseline's median above." % (
                      ", ".join(str(t) for t in warm), median(warm[-3:]), median(b_ms) / median(warm[-3:])))
    report.append("")

    copy = replicate(data, "/tmp/mining-helpdesk-x64.csv", times=64)
    o, owall, ocpu = ours(copy, 31, 0)
    try:
        b, bwall, bcpu = baseline(copy, 31, 0, timeout=args.baseline_timeout)
        b_s, bound = b["timings"]["totalMs"] / 1000, ""
    except subprocess.TimeoutExpired:
        b_s, bwall, bcpu, bound = args.baseline_timeout, args.baseline_timeout, float("nan"), "> "
    report.append("| 64x copy, one run each | %d | %s%.2f | %.2f | %s%.1fx | %s%.2f (%.1f) | %.2f (%.1f) | %d |" % (
        o["tickets"], bound, b_s, o["timings"]["totalMs"] / 1000, bound, b_s * 1000 / o["timings"]["totalMs"],
        bound, bwall, bcpu, owall, ocpu, o["peakHeapMb"]))
    print(report[-1], file=sys.stderr)

    if not args.quick:
        big = replicate(data, "/tmp/mining-helpdesk-500k.csv", rows=500_000)
        o, owall, ocpu = ours(big, "auto", 0)
        t = o["timings"]
        report += ["", "## Scale: 500,000 tickets, --k auto, -Xmx2g, 2 processors", "",
                   "| k chosen | read s | analyse s | cluster s | pipeline s | process s | CPU s | peak heap MB |",
                   "|---|---|---|---|---|---|---|---|",
                   "| %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %d |" % (
                       o["k"], t["readMs"] / 1000, t["analyseMs"] / 1000, t["clusterMs"] / 1000,
                       t["totalMs"] / 1000, owall, ocpu, o["peakHeapMb"])]
        print(report[-1], file=sys.stderr)

    text = "\n".join(report) + "\n"
    os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
    with open(os.path.join(HERE, "results", "mining-latest.md"), "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Near-valid inputs against the built binary (issue 35): every run must exit 0 or 2, a refusal
must be one line starting "error: ", an answer must hold no NaN or infinity, and nothing may run
past the timeout. Mutants of real specs (an accelerator, an engine profile, model configs) and of a
requests file: a number scaled (0, -1, 1e9, 1e-9), made a string, null, a list, or a key dropped.

    swift build -c release --product infercap && python3 scripts/mutants.py [COUNT] [SEED]

Prints a count per outcome and every failure; exits 1 if any run failed. Deterministic per seed.
"""
import concurrent.futures, json, os, random, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.environ.get("INFERCAP_BINARY", os.path.join(ROOT, ".build/release/infercap"))
COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 1
TIMEOUT = 20


def leaves(value, path=()):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from leaves(item, path + (index,))
    yield path, value


def mutate(document, rng):
    document = json.loads(json.dumps(document))
    paths = [p for p, v in leaves(document) if p]
    path = rng.choice(paths)
    parent = document
    for key in path[:-1]:
        parent = parent[key]
    key, value = path[-1], parent[path[-1]]
    kind = rng.randrange(6)
    if kind == 0 and isinstance(parent, dict):
        del parent[key]
    elif kind == 1 or not isinstance(value, (int, float)) or isinstance(value, bool):
        parent[key] = rng.choice(["x", None, [], {}, 1e300, -1, 0, True, "1e9"])
    else:
        parent[key] = value * rng.choice([0, -1, 1e9, 1e-9, 1.5, 1e300])
    return document


def requests_mutant(rng):
    rows = ["input,output"] + ["%d,%d" % (rng.randrange(1, 9000), rng.randrange(1, 2000)) for _ in range(rng.randrange(1, 6))]
    line = rng.randrange(len(rows))
    rows[line] = rng.choice(["", "1e9,5", "-3,4", "5", "7,8,9", "nan,1", "0x10,5", "1.5,2", "\ufeff10,10", "10;10", "99999999999999,1"])
    return "\r\n".join(rows) if rng.random() < 0.3 else "\n".join(rows)


def case(index):
    rng = random.Random(SEED * 100003 + index)
    folder = tempfile.mkdtemp(prefix="mutant-")
    kind = index % 5
    if kind == 0:
        spec = json.load(open(os.path.join(ROOT, "specs/accelerators/h100-sxm.json")))
        path = os.path.join(folder, "chip.json")
        json.dump(mutate(spec, rng), open(path, "w"))
        args = ["estimate", "--model", "llama-3.1-8b", "--accelerator", path, "--format", "json"]
    elif kind == 1:
        spec = json.load(open(os.path.join(ROOT, "specs/engines/sglang.json")))
        spec["id"], spec["aliases"] = "mutant", []
        json.dump(mutate(spec, rng), open(os.path.join(folder, "engine.json"), "w"))
        args = (["simulate", "--model", "llama-3.1-8b", "--accelerator", "h100-sxm", "--tp", "1", "--num-prompts", "30", "--format", "json"]
                if rng.random() < 0.5 else ["estimate", "--model", "llama-3.1-8b", "--accelerator", "h100-sxm", "--format", "json"])
        args += ["--spec-dir", folder, "--engine", "mutant"]
    elif kind in (2, 3):
        name = "llama-3.1-8b.json" if kind == 2 else "deepseek-v3.json"
        spec = json.load(open(os.path.join(ROOT, "specs/models", name)))
        path = os.path.join(folder, "config.json")
        json.dump(mutate(spec, rng), open(path, "w"))
        args = ["estimate", "--model", path, "--accelerator", "h200", "--format", "json"]
    else:
        path = os.path.join(folder, "requests.csv")
        open(path, "w", encoding="utf-8").write(requests_mutant(rng))
        args = ["fleet", "size", "--model", "llama-3.1-8b", "--accelerators", "h100-sxm", "--requests-per-second", "5",
                "--requests-file", path, "--format", "json"]
    try:
        run = subprocess.run([BINARY] + args, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return "hang", args, ""
    if run.returncode == 2:
        lines = run.stderr.rstrip("\n").split("\n")
        ok = len(lines) == 1 and lines[0].startswith("error: ") and not run.stdout
        return ("refused" if ok else "bad refusal"), args, run.stderr[:300]
    if run.returncode != 0:
        return "crash %d" % run.returncode, args, run.stderr[-300:]
    if re.search(r"\b(nan|inf|infinity)\b", run.stdout, re.IGNORECASE):
        return "nan", args, run.stdout[:300]
    try:
        json.loads(run.stdout)
    except ValueError:
        return "invalid json", args, run.stdout[:300]
    return "answered", args, ""


def main():
    outcomes, failures = {}, []
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for outcome, args, detail in pool.map(case, range(COUNT)):
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
            if outcome not in ("refused", "answered"):
                failures.append((outcome, args, detail))
    print("%d mutants (seed %d): %s" % (COUNT, SEED, ", ".join("%s %d" % kv for kv in sorted(outcomes.items()))))
    for outcome, args, detail in failures[:30]:
        print("FAIL %s: infercap %s\n  %s" % (outcome, " ".join(args), detail.replace("\n", "\n  ")))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

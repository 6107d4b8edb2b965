"""Run detect-secrets over the given paths and fail on any finding (as the plugin repository's scan does)."""
from __future__ import annotations

import json
import subprocess  # nosec B404 - runs the detect-secrets CLI on our own files
import sys


def main(paths: list[str]) -> int:
    files = subprocess.run(["git", "ls-files", "--", *paths], capture_output=True, text=True,  # nosec B603 B607
                           check=True).stdout.split()
    result = subprocess.run([sys.executable, "-m", "detect_secrets", "scan", *files],  # nosec B603
                            capture_output=True, text=True, check=True)
    found = json.loads(result.stdout).get("results", {})
    for name, hits in found.items():
        for hit in hits:
            print(f"{name}:{hit['line_number']}: possible secret ({hit['type']})")
    print(f"detect-secrets: {sum(len(h) for h in found.values())} finding(s) in {len(files)} files")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Drive the real QGIS desktop (under Xvfb) with a Python script and collect what it reports.

Each run gets an isolated profile under ``build/gui-profiles/<name>`` with the packaged plugin installed from
``dist/vdto_targeting.zip`` (exactly what an analyst installs). The script body runs once QGIS's event loop is up;
it fills the dict ``RESULT`` and may call ``screenshot(name)``; the harness returns ``RESULT`` plus every message
QGIS logged while the body ran.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess  # nosec B404
import sys
import textwrap
from typing import Optional

from tests.datasets import ARTIFACTS, ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from deploy import add_settings, deploy, settings_file  # noqa: E402,F401 - settings_file: for the tests

PROFILES = ROOT / "build" / "gui-profiles"
ZIP = ROOT / "dist" / "vdto_targeting.zip"

PREAMBLE = r'''
import json, os, sys, time, traceback
from qgis.core import QgsApplication, QgsProject, Qgis
from qgis.PyQt.QtCore import QTimer, QCoreApplication
from qgis.utils import iface
import qgis.utils

RESULT = {"log": []}
ARTIFACTS = os.environ["VDTO_ARTIFACTS"]
_RESULT_PATH = os.environ["VDTO_RESULT"]

def _on_message(message, tag, level):
    RESULT["log"].append({"tag": tag, "level": int(level), "message": message})

QgsApplication.messageLog().messageReceived.connect(_on_message)

def _python_error(etype, value, tb):
    """An exception in a slot: recorded and printed, instead of QGIS's modal error dialog (which would block this
    script until the harness's timeout, with nothing in the output)."""
    text = "".join(traceback.format_exception(etype, value, tb))
    RESULT["log"].append({"tag": "Python error", "level": 2, "message": text})
    print(text, file=sys.stderr, flush=True)

sys.excepthook = _python_error

# Every network request started while the body runs (the plugin works offline: it must start none). QGIS's own
# start-up fetches (3.28+ downloads the Open Sans font when the system lacks it) happen before the body.
from qgis.core import QgsNetworkAccessManager
RESULT["network"] = []
QgsNetworkAccessManager.instance().requestAboutToBeCreated.connect(
    lambda parameters: RESULT["network"].append(parameters.request().url().toString()))

def wait_until(condition, timeout=60.0, step=0.05):
    """Process events until condition() is true; False on timeout."""
    end = time.time() + timeout
    while time.time() < end:
        QCoreApplication.processEvents()
        if condition():
            return True
        time.sleep(step)
    return False

def pump(seconds=0.5):
    wait_until(lambda: False, timeout=seconds)

def screenshot(name, widget=None):
    pump(0.3)
    path = os.path.join(ARTIFACTS, name + ".png")
    (widget or iface.mainWindow()).grab().save(path)
    RESULT.setdefault("screenshots", []).append(path)
    return path

def _finish():
    with open(_RESULT_PATH, "w", encoding="utf-8") as handle:
        json.dump(RESULT, handle, default=str)
    QgsProject.instance().setDirty(False)
    if os.environ.get("VDTO_KEEP_OPEN") != "1":
        QgsApplication.exit(0)

def _run():
    try:
        _body()
    except Exception:
        RESULT["error"] = traceback.format_exc()
    finally:
        _finish()
'''


def run_in_qgis(body: str, name: str, *, locale: Optional[str] = None, timeout: float = 240,
                fresh_profile: bool = True, env: Optional[dict] = None, delay_ms: int = 1500,
                wait: bool = True):
    """Run ``body`` (Python, defines nothing; uses RESULT, iface, screenshot...) inside QGIS; return RESULT.

    With ``wait=False`` the started ``Popen`` is returned instead (for crash tests that kill QGIS).
    """
    profiles = PROFILES / name
    if fresh_profile and profiles.exists():
        shutil.rmtree(profiles)
    profile = profiles / "profiles" / "default"
    deploy(ZIP, profile)
    add_settings(profile, "qgis", {"checkVersion": "false", "showTips": "false"})   # QGIS3.ini and QGIS4.ini
    if locale:
        add_settings(profile, "locale", {"userLocale": locale, "overrideFlag": "true", "globalLocale": locale})
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    script = profiles / "script.py"
    result_path = profiles / "result.json"
    if result_path.exists():
        result_path.unlink()
    script.write_text(PREAMBLE + "\ndef _body():\n" + textwrap.indent(textwrap.dedent(body), "    ")
                      + f"\n\nQTimer.singleShot({delay_ms}, _run)\n", encoding="utf-8")
    run_env = dict(os.environ)
    run_env.pop("QT_QPA_PLATFORM", None)
    run_env.update({"VDTO_ARTIFACTS": str(ARTIFACTS), "VDTO_RESULT": str(result_path), "QGIS_DEBUG": "0",
                    "PYTHONDONTWRITEBYTECODE": "1", "LC_ALL": "C.UTF-8"})
    run_env.update(env or {})
    command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--nologo", "--noversioncheck",
               "--profiles-path", str(profiles), "--profile", "default", "--code", str(script)]
    if locale:
        command[6:6] = ["--lang", locale]
    log = (profiles / "qgis-stdout.txt").open("w")
    process = subprocess.Popen(command, env=run_env, stdout=log, stderr=subprocess.STDOUT,  # nosec B603
                               start_new_session=True)
    if not wait:
        return process
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, 9)
        process.wait()
        raise AssertionError(f"QGIS did not finish within {timeout} s; see {profiles / 'qgis-stdout.txt'}") from None
    if not result_path.exists():
        raise AssertionError(f"QGIS exited ({process.returncode}) without a result; see "
                             f"{profiles / 'qgis-stdout.txt'}:\n" + (profiles / "qgis-stdout.txt").read_text()[-3000:])
    return json.loads(result_path.read_text(encoding="utf-8"))


def errors_in(result: dict) -> list:
    """Messages at Critical level, or anything logged under a Python error tag."""
    return [m for m in result.get("log", []) if m["level"] >= 2 or "python" in m["tag"].lower()]

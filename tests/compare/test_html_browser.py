"""The side-by-side HTML view, loaded in a real headless browser (Debian's chromium).

The test adds a small probe script to a copy of the page, lets the browser lay it out and run the
page's own script, and reads the probe's findings back from the DOM: the two texts sit side by
side, every statement's link lands on an element, and hovering a statement highlights its partner.
Where no chromium exists (a laptop without it) the test skips saying so; CI sets
READOUTLIB_REQUIRE_BROWSER=1 and installs chromium, so there a missing browser is a failure.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from readoutlib.compare import compare, render_html

from .test_align import SIDE_A, SIDE_B

BROWSERS = ("chromium", "chromium-browser", "google-chrome")

PROBE = """
<script>
(function () {
  var a = document.getElementById('side-a').getBoundingClientRect();
  var b = document.getElementById('side-b').getBoundingClientRect();
  var links = Array.prototype.map.call(document.querySelectorAll('a.st'), function (el) {
    var target = document.getElementById(el.getAttribute('href').slice(1));
    return [el.id, target ? target.id : null];
  });
  var first = document.querySelector('.st[data-peer]');
  first.dispatchEvent(new Event('mouseenter'));
  var peer = document.getElementById(first.dataset.peer.split(' ')[0]);
  var report = {
    side_by_side: b.left >= a.right && Math.abs(a.top - b.top) < 2,
    links: links,
    hover: [first.id, peer.id, peer.classList.contains('hl')]
  };
  var out = document.createElement('pre');
  out.id = 'probe';
  out.textContent = JSON.stringify(report);
  document.body.appendChild(out);
})();
</script>
"""


def _browser() -> str:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("READOUTLIB_REQUIRE_BROWSER"):
        pytest.fail("READOUTLIB_REQUIRE_BROWSER is set but no chromium is installed")
    pytest.skip("no chromium on this machine (apt-get install chromium); CI runs this test")


def run_headless(browser: str, page: Path, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run chromium headless on a local page with a fresh profile and no network activity of its own."""
    command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        "--window-size=1400,1000",
        *extra,
        page.as_uri(),
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_html_view_in_a_real_browser(tmp_path: Path) -> None:
    """In chromium the two texts sit side by side, every link resolves, hover marks the partner."""
    browser = _browser()
    page = tmp_path / "compare.html"
    page.write_text(
        render_html(compare(SIDE_A, SIDE_B)).replace("</body>", PROBE + "</body>"), encoding="utf-8"
    )
    result = run_headless(browser, page, tmp_path / "profile", "--dump-dom")
    found = re.search(r'<pre id="probe">(.*?)</pre>', result.stdout)
    assert found is not None, f"no probe output; browser said: {result.stderr[-2000:]}"
    report = json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    expected = {
        "side_by_side": True,
        "links": [
            ["a-s0", "b-s0"],
            ["a-s1", "b-s2"],
            ["a-s2", "a-s2"],
            ["b-s0", "a-s0"],
            ["b-s1", "b-s1"],
            ["b-s2", "a-s1"],
        ],
        "hover": ["a-s0", "b-s0", True],
    }
    assert expected == report

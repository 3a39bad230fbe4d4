"""Tests of the cn-mfa plugin: golden fixtures, the shared corpus, and unit tests of detection and layout."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from readoutlib_cn_mfa import CnMfaAdapter

from readoutlib.document import load
from readoutlib.registry import get_adapter
from readoutlib.testing import Case, cases_in, check_case, check_corpus, corpus_params

CASE_DIR = Path(__file__).parent / "cases"
CASES = cases_in(CASE_DIR)
ADAPTER = CnMfaAdapter()


@pytest.mark.parametrize("case", CASES, ids=str)
def test_fixture(case: Case) -> None:
    """Each fixture page parses to its gold."""
    check_case(case)


def test_corpus() -> None:
    """The publisher's real pages in the shared corpus meet the accuracy targets."""
    check_corpus("cn-mfa")


# --------------------------------------------------------------------------------------- layout only


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


@pytest.mark.parametrize("case", corpus_params("cn-mfa"))
def test_corpus_layout(case: Case) -> None:
    """On each real page the layout finds the gold title and date, and every statement's paragraph."""
    gold = case.gold
    parts = ADAPTER.layout(load(case.page, url=gold.source.url))
    misplaced = [
        s.starts
        for s in gold.statements
        if s.paragraph >= len(parts.paragraphs) or _norm(s.starts) not in _norm(parts.paragraphs[s.paragraph])
    ]
    expected = (gold.title, gold.published, [])
    assert expected == (parts.title, parts.published, misplaced)


#: Paragraph counts of the fixtures, as GOLD_SCHEMA counts them (title, dates, captions, footers excluded).
PARAGRAPHS = {
    "cn-mfa-20120305-zhang-hua-mwangi-meeting-template-c": 3,
    "cn-mfa-20131022-li-keqiang-dahl-meeting-dump": 4,
    "cn-mfa-20190708-spokesperson-remarks-not-readout": 2,
    "cn-mfa-20201119-wang-yi-perera-video-call-embassy": 4,
    "cn-mfa-20210415-wang-yi-lindqvist-call-template-a": 4,
    "cn-mfa-20230614-qin-gang-moreno-call-dump": 4,
    "cn-mfa-20240912-wang-yi-ribeiro-talks-template-b": 4,
}


def _page(stem: str) -> Path:
    return next(p for p in CASE_DIR.glob(stem + ".*") if not p.name.endswith(".gold.json"))


@pytest.mark.parametrize("stem", sorted(PARAGRAPHS))
def test_fixture_layout(stem: str) -> None:
    """The layout alone (no analysis) finds each fixture's title, publication date and paragraph count."""
    gold = json.loads((CASE_DIR / f"{stem}.gold.json").read_text(encoding="utf-8"))
    parts = ADAPTER.layout(load(_page(stem), url=gold["source"]["url"]))
    expected = (gold["title"], gold["published"], PARAGRAPHS[stem], "en")
    published = parts.published.isoformat() if parts.published else None
    assert expected == (parts.title, published, len(parts.paragraphs), parts.language)


def test_every_fixture_has_a_layout_expectation() -> None:
    """No fixture escapes the layout test."""
    assert sorted(PARAGRAPHS) == sorted(case.stem for case in CASES)


def test_template_b_drops_caption_and_footer() -> None:
    """Template B keeps body paragraphs only: the photo caption and [Print] [Close] are gone."""
    stem = "cn-mfa-20240912-wang-yi-ribeiro-talks-template-b"
    parts = ADAPTER.layout(load(_page(stem)))
    expected = (
        "On the afternoon of September 12, 2024, Member of the Political Bureau of the CPC Central Committee "
        "and Foreign Minister Wang Yi held talks with Foreign Minister Ana Ribeiro of Portugal in Beijing.",
        "Wang Yi noted that the two countries settled the question of Macao through friendly consultation "
        "and have since treated each other as equals. Under the guidance of President Xi Jinping, China "
        "is willing to import more Portuguese farm products and to open new air routes between the two "
        "capitals.",
        "Ana Ribeiro said that Portugal regards China as an important partner and supports closer ties "
        "between Europe and China. Portugal welcomes Chinese companies that invest in renewable energy and "
        "ports.",
        "The two sides agreed to strengthen exchanges in culture, tourism and education, and to make good "
        "use of the existing dialogue mechanisms.",
    )
    assert expected == parts.paragraphs


def test_template_c_reads_gb2312_table_page() -> None:
    """The old table layout, in a GB-encoded file, gives its title row, its (YYYY-MM-DD) date and the body."""
    parts = ADAPTER.layout(load(_page("cn-mfa-20120305-zhang-hua-mwangi-meeting-template-c")))
    expected = ("Ambassador Zhang Hua Meets with Kenyan Foreign Minister Daniel Mwangi", dt.date(2012, 3, 6))
    assert expected == (parts.title, parts.published)


def test_trswcm_markers_bound_the_body() -> None:
    """A page without a known container is read between the TRSWCM.ContStart and ContEnd markers."""
    page = (
        "<html><head><title>Vice Minister Meets Visiting Delegation_Ministry of Foreign Affairs of the "
        "People's Republic of China</title><meta name='PubDate' content='2009/05/04 10:00'></head><body>"
        "<table><tr><td>Home | News | Contact</td></tr><tr><td>"
        "<meta name='TRSWCM.ContStart' content=''>"
        "<p>On May 4, 2009, Vice Foreign Minister Chen Bo met with a delegation of mayors in Beijing.</p>"
        "<p>Chen Bo said that exchanges between cities bring the two peoples closer together.</p>"
        "<meta name='TRSWCM.ContEnd' content=''>"
        "</td></tr><tr><td><p>Other news: a list of links that is not part of the article at all.</p>"
        "</td></tr></table></body></html>"
    )
    parts = ADAPTER.layout(load(page))
    expected = (
        "Vice Minister Meets Visiting Delegation",
        dt.date(2009, 5, 4),
        (
            "On May 4, 2009, Vice Foreign Minister Chen Bo met with a delegation of mayors in Beijing.",
            "Chen Bo said that exchanges between cities bring the two peoples closer together.",
        ),
    )
    assert expected == (parts.title, parts.published, parts.paragraphs)


def test_title_suffix_beats_logo_h1() -> None:
    """With no title element, the <title> before the site suffix wins over an <h1> holding the logo text."""
    page = (
        "<html><head><title>Wang Yi Meets with Visiting Guests_Ministry of Foreign Affairs of the People's "
        "Republic of China</title></head><body><h1>Ministry of Foreign Affairs</h1>"
        "<div class='TRS_UEDITOR'><p>On January 2, 2019, Foreign Minister Wang Yi met with visiting "
        "guests in Beijing.</p></div></body></html>"
    )
    expected = "Wang Yi Meets with Visiting Guests"
    assert expected == ADAPTER.layout(load(page)).title


@pytest.mark.parametrize(
    "footer",
    [
        "<Suggest To A Friend>",
        "Suggest to a friend:",
        "Suggset To Friend:",
        "[Print] [Close]",
        "【打印】【关闭】",
        "分享到：",
    ],
)
def test_footers_end_the_body(footer: str) -> None:
    """Every footer variant of the templates ends the body."""
    dump = (
        "Home > China News\nWang Yi Meets with Visiting Guests\n2019-01-02 10:00\n\n"
        "On January 2, 2019, Foreign Minister Wang Yi met with visiting guests in Beijing.\n\n"
        f"Wang Yi said that the door of China will only open wider.\n\n{footer}\n"
        "Some related story that follows the footer and must not be read as body.\n"
    )
    parts = ADAPTER.layout(load(dump))
    expected = (
        "On January 2, 2019, Foreign Minister Wang Yi met with visiting guests in Beijing.",
        "Wang Yi said that the door of China will only open wider.",
    )
    assert expected == parts.paragraphs


def test_chinese_text_dump_layout() -> None:
    """A Chinese page's dump: breadcrumb and footers go; title, date, body and language stay."""
    dump = (
        "首页 > 外交部新闻\n"
        "王毅同某国外长通电话\n"
        "2021-03-08 21:15\n"
        "\n"
        "　　2021年3月8日，国务委员兼外长王毅应约同某国外长通电话。\n"
        "\n"
        "　　王毅表示，中方愿同各方一道，推动双边关系持续健康发展。\n"
        "\n"
        "　　双方同意保持密切沟通。\n"
        "【打印】 【关闭】\n"
        "分享到：\n"
    )
    parts = ADAPTER.layout(
        load(dump, url="https://www.mfa.gov.cn/web/wjdt_674879/wjbxw_674885/202103/t20210308_9.shtml")
    )
    expected = (
        "王毅同某国外长通电话",
        dt.date(2021, 3, 8),
        (
            "2021年3月8日，国务委员兼外长王毅应约同某国外长通电话。",
            "王毅表示，中方愿同各方一道，推动双边关系持续健康发展。",
            "双方同意保持密切沟通。",
        ),
        "zh",
    )
    assert expected == (parts.title, parts.published, parts.paragraphs, parts.language)


def test_chinese_template_a_html_layout() -> None:
    """A Chinese News_Body page: title, time element and body paragraphs; the source line is dropped."""
    page = (
        "<html><head><meta charset='utf-8'><title>王毅会见某国外长_中华人民共和国外交部</title></head><body>"
        "<div class='vibox'><div id='News_Body_Title'>王毅会见某国外长</div>"
        "<div class='time'><span id='News_Body_Time'>2019-05-20 18:30</span></div>"
        "<div id='News_Body_Txt_A'><p>2019年5月20日，国务委员兼外长王毅在北京会见某国外长。</p>"
        "<p>王毅表示，中方高度重视两国关系，愿同对方加强各领域交流合作。</p></div>"
        "<div>【打印】【关闭】</div></div></body></html>"
    )
    parts = ADAPTER.layout(load(page))
    expected = (
        "王毅会见某国外长",
        dt.date(2019, 5, 20),
        (
            "2019年5月20日，国务委员兼外长王毅在北京会见某国外长。",
            "王毅表示，中方高度重视两国关系，愿同对方加强各领域交流合作。",
        ),
        "zh",
    )
    assert expected == (parts.title, parts.published, parts.paragraphs, parts.language)


# -------------------------------------------------------------------------------------------- detect

PUBLISHER_URLS = [
    "https://www.fmprc.gov.cn/eng/xw/zyxw/202405/t20240530_11347225.html",
    "https://www.fmprc.gov.cn/eng/xwfw_665399/s2510_665401/2511_665403/202306/t20230626_11103993.html",
    "https://www.fmprc.gov.cn/mfa_eng/wjdt_665385/zxxx_662805/202105/t20210512_9170001.html",
    "http://www.fmprc.gov.cn/eng/wjdt/wshd/t1000001.shtml",
    "https://www.mfa.gov.cn/web/wjdt_674879/gjldrhd_674881/202301/t20230101_11000001.shtml",
    "https://www.mfa.gov.cn/ce/cebn/eng/zgxw/t1899948.htm",
    "http://be.china-embassy.gov.cn/eng/fyrth/202306/t20230627_11104508.htm",
    "http://lk.china-embassy.org/eng/zgxw/t1109601.htm",
    "http://bb.chineseembassy.org/eng/zgyw/t1348082.htm",
    "http://www.chinese-embassy.org.uk/eng/zgyw/t1000002.htm",
    "http://losangeles.china-consulate.org/eng/news/t1000003.htm",
    "http://houston.chineseconsulate.org/eng/xw/t1000004.htm",
    "http://hk.ocmfa.gov.cn/eng/xwdt/202302/t20230224_11030001.htm",
]
OTHER_URLS = [
    "https://mid.ru/en/foreign_policy/news/1900001/",
    "https://www.state.gov/secretary-blinkens-call-with-foreign-minister/",
    "https://fmprc.gov.cn.example.com/eng/xw/t1.html",
    "https://notfmprc.gov.cn/eng/",
    "https://www.mfa.gov.ua/en/news/123",
]


def test_url_patterns_match_publisher() -> None:
    """Every URL scheme of the ministry, its missions and its offices is recognised."""
    expected = PUBLISHER_URLS
    assert expected == [url for url in PUBLISHER_URLS if CnMfaAdapter.matches_url(url)]


def test_url_patterns_reject_others() -> None:
    """Other publishers' hosts, and look-alike hosts, are not."""
    expected: list[str] = []
    assert expected == [url for url in OTHER_URLS if CnMfaAdapter.matches_url(url)]


def test_detect_claims_marked_dump_without_url() -> None:
    """A text dump with the breadcrumb, time line and footer is claimed with no URL."""
    dump = (
        "Home > China News\nWang Yi Meets with Visiting Guests\n2019-01-02 10:00\n\n"
        "On January 2, 2019, Foreign Minister Wang Yi met with visiting guests.\n\n<Suggest To A Friend>\n"
    )
    assert ADAPTER.detect(load(dump)) >= 0.6


def test_detect_ignores_generic_breadcrumb_page() -> None:
    """A page of another site with only a "Home >" breadcrumb stays below the registry's threshold."""
    dump = (
        "Home > Press Releases\nMinister Receives Ambassador\n\n"
        "The Minister received the Ambassador today and discussed bilateral ties.\n"
    )
    assert ADAPTER.detect(load(dump)) < 0.3


def test_detect_title_suffix_alone_is_enough() -> None:
    """The CMS's <title> suffix is unique to the ministry's site."""
    page = (
        "<html><head><title>Spokesperson's Remarks_Ministry of Foreign Affairs of the People's Republic of "
        "China</title></head><body><p>Some text of a page.</p></body></html>"
    )
    assert ADAPTER.detect(load(page)) >= 0.9


def test_registered_under_its_name() -> None:
    """The entry point makes the adapter available as "cn-mfa"."""
    adapter = get_adapter("cn-mfa")
    expected = ("cn-mfa", "CnMfaAdapter")
    assert expected == (adapter.name, type(adapter).__name__)

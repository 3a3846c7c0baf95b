"""Language analysis shared by rules, computed once per document via `Document.shared`."""

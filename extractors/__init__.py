"""Text → records. Knows nothing of files, PDFs or the store."""

"""UK–France migration agreements: raw texts to open datasets of commitments, funding and statistics."""

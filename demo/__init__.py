"""Demo content for `make run` (``seed_demo``) and the bench data command; no product app imports it."""

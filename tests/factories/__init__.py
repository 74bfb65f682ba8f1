"""Test data, written once for the whole suite: plain functions with keyword arguments and
sensible defaults, one module per app.

- ``tests.factories.news``: articles, categories, tags.
- ``tests.factories.events``: conferences and what is recorded about them, people,
  organisations, and ``at()`` for a time in Hà Nội.
- ``tests.factories.committee``: pages, leaders, citizens' letters.
- ``tests.factories.users``: accounts by role (writer, editor, official, admin, …), and the
  fixtures ``official`` / ``official_client`` that tests/conftest.py shares with every test.
- ``tests.factories.files``: images and documents made in memory, for uploads.
"""

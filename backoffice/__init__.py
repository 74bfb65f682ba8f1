"""The backoffice: the admin home as each person's to-do list (the work queues every app
declares in its ``section.py``), what changed since their last visit, notes on articles and
the notification preference. It sits on top of the domain apps and reads them only through
their own doors (``visible_to``, the admin's querysets); no app imports it."""

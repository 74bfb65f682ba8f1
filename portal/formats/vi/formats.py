"""Vietnamese formats: day first, 24-hour clock.

Django's own ``vi`` locale leaves the input formats unset, so a form would parse
"10/06/2023" month-first (6 October). These take precedence through FORMAT_MODULE_PATH.
"""

DATE_FORMAT = "d/m/Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "d/m/Y - H:i"
YEAR_MONTH_FORMAT = "m/Y"
MONTH_DAY_FORMAT = "d/m"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday

DATE_INPUT_FORMATS = [
    "%d/%m/%Y",  # 10/06/2023
    "%d/%m/%y",  # 10/06/23
    "%d-%m-%Y",  # 10-06-2023
    "%d.%m.%Y",  # 10.06.2023
    "%Y-%m-%d",  # 2023-06-10 (ISO, also what <input type="date"> sends)
]
TIME_INPUT_FORMATS = [
    "%H:%M",
    "%H:%M:%S",
    "%H:%M:%S.%f",
]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y - %H:%M",  # 10/06/2023 - 15:37
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d",
]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3

"""The scanner prefilter, derived from the rules; tests/test_prefilter.py fails when it is
stale. Do not edit; regenerate with

    python -m timeline_cli.temporal.prefilter en src/timeline_cli/lang/en/_prefilter.py
"""

from timeline_cli.temporal.prefilter import Prefilter

PREFILTER = Prefilter(
    words=frozenset({
        'afternoon', 'annually', 'apr', 'april', 'aug', 'august', 'autumn', 'bimonthly',
        'biweekly', 'centuries', 'century', 'christmas', 'current', 'currently', 'daily', 'day',
        'days', 'dec', 'decade', 'decades', 'december', 'earlier', 'early', 'easter',
        'eighteen', 'eighties', 'evening', 'fall', 'feb', 'february', 'fifties', 'foreseeable',
        'forties', 'fortnight', 'fortnightly', 'fortnights', 'fri', 'future', 'half',
        'halloween', 'hour', 'hourly', 'hours', 'hr', 'hrs', 'jan', 'january', 'jul', 'july',
        'jun', 'june', 'late', 'lately', 'later', 'mar', 'march', 'may', 'mid', 'midday',
        'midnight', 'millennia', 'millennium', 'min', 'mins', 'minute', 'minutes', 'mo',
        'moment', 'mon', 'month', 'monthly', 'months', 'morning', 'mth', 'night', 'nightly',
        'nights', 'nineteen', 'nineties', 'nite', 'noon', 'nov', 'november', 'now', 'nowadays',
        'oct', 'october', 'past', 'period', 'present', 'presently', 'quarter', 'quarters',
        'recent', 'recently', 'right', 'sat', 'sec', 'second', 'seconds', 'secs',
        'semiannually', 'sep', 'sept', 'september', 'seventies', 'sixties', 'spring', 'summer',
        'sun', 'tdy', 'thanksgiving', 'then', 'thirties', 'thousand', 'thu', 'thur', 'thurs',
        'time', 'tmoro', 'tmr', 'tmrow', 'tmrrw', 'tmrw', 'tmw', 'today', 'tommorow',
        'tommorrow', 'tomoro', 'tomorow', 'tomorrow', 'tonight', 'tonite', 'trmw', 'tue',
        'tues', 'twenties', 'wed', 'week', 'weekend', 'weekends', 'weekly', 'weeks', 'winter',
        'wk', 'xmas', 'yday', 'year', 'yearly', 'years', 'yesterday', 'yr', 'yrs', 'ytday',
    }),
    stems=frozenset({
        'friday', 'monday', 'saturday', 'sunday', 'thursday', 'tuesday', 'wednesday',
    }),
    prefixes=frozenset({
        'a', 'about', 'ad', 'almost', 'an', 'approximately', 'around', 'art', 'article', 'at',
        'beginning', 'boxing', 'c', 'ca', 'calendar', 'chapter', 'circa', 'coming',
        'comparable', 'corresponding', 'couple', 'dozen', 'dozens', 'each', 'election', 'end',
        'every', 'father', 'few', 'fifth', 'final', 'firmware', 'first', 'flight', 'following',
        'good', 'h', 'highway', 'hundred', 'hundreds', 'independence', 'just', 'kernel',
        'labor', 'last', 'latest', 'latter', 'less', 'many', 'memorial', 'middle', 'more',
        'mother', 'nearly', 'new', 'next', 'ninth', 'no', 'nos', 'number', 'numerous', 'nxt',
        'once', 'only', 'over', 'page', 'paragraph', 'preceding', 'previous', 'q', 'resolution',
        'room', 'roughly', 'route', 'rule', 'same', 'section', 'several', 'shortly', 'some',
        'st', 'start', 'that', 'the', 'these', 'third', 'thirtieth', 'this', 'those',
        'thousands', 'twelfth', 'twentieth', 'twice', 'under', 'up', 'valentine', 'valentines',
        'ver', 'version', 'veterans', 'vol', 'well', 'zero',
    }),
    prefix_stems=frozenset({
        'eight', 'eleven', 'fifteen', 'fifty', 'fiscal', 'five', 'forty', 'four', 'fy', 'nine',
        'one', 'seven', 'six', 'ten', 'thirteen', 'thirty', 'three', 'twelve', 'twenty', 'two',
    }),
    key='5f0c00929d3a59ceb781',
)

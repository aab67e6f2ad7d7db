"""Learning outside the programme: courses a librarian took elsewhere, by the same rules.

A coordinator records what a librarian learnt outside the library's own programme —
*Pelatihan Dasar (Latsar) CPNS*, a Perpusnas e-learning course, a university course, a
provincial bimtek — in ``learning.yaml`` or ``learning/*.yaml``, one record per person and
course (README: "Learning outside the programme"). Peraturan LAN 10/2018 counts
competency development wherever it took place, and PP 17/2020 art. 203(4) asks for the
20 JP, not for 20 JP *of the library's own activities*: so a CPNS who finished Latsar is
not short.

There is no second rule here. Each record is an **activity of one participant**
(``as_activity``), and the programme's rules judge it:

- **JP** (``domain/hours.py``): a ``completed`` record earns its ``jp``, or its ``minutes``
  divided by ``jp.minutes_per_jp``, on its last day, klasikal or nonklasikal by its
  ``type`` (the same list of activity types); ``attended`` and ``failed`` earn nothing
  and are listed; a score below ``levels.pass_score`` earns nothing only with
  ``jp.requires_pass``. Credits carry the source ``learning``.
- **Levels** (``domain/levels.py``): the competencies it ``develops`` are evidence of the
  kind ``training``, judged by the one ``EvidenceRule`` — counted when completed, with a
  post-test ``score`` of at least ``levels.pass_score`` (when ``require_post_test``),
  valid for ``valid_months.training`` months. A course without a result proves no level.

Pure: no files, clock or environment.
"""

from __future__ import annotations

from pustaka_cli.model import Dataset, Learning, Participant, Training


def as_activity(item: Learning) -> Training:
    """A learning record as the activity of one participant that it is.

    >>> as_activity(latsar).participants[0].librarian
    'fadli-r'
    """
    taker = Participant(
        item.librarian, item.state, item.src, score=item.score, certificate=item.certificate
    )
    return Training(
        id=item.id,
        title=item.title,
        type=item.type,
        start=item.start,
        src=item.src,
        end=item.end,
        provider=item.provider,
        jp=item.jp,
        minutes=item.minutes,
        develops=item.develops,
        participants=(taker,),
    )


def activities(data: Dataset) -> tuple[Training, ...]:
    """Every learning record of a dataset as an activity, in the order they were read."""
    return tuple(as_activity(item) for item in data.learning)

"""After the meeting: proposals, nazorg calls, school leavers' contact moments, mentors' links."""

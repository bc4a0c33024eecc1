"""Demo regions: young people, vacancies, sessions and what happened after, generated through the models."""

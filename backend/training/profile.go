package training

import (
	"context"
	"strconv"

	"steady/backend/auth"
)

// Profile is one rep's training at a glance.
type Profile struct {
	UserID         string        `json:"userId"`
	UserName       string        `json:"userName"`
	Level          string        `json:"level"`
	HireDate       string        `json:"hireDate"`
	Today          string        `json:"today"`
	Required       []Requirement `json:"required"` // every required course with its status
	RequiredCount  int           `json:"requiredCount"`
	CompletedCount int           `json:"completedCount"`
	OverdueCount   int           `json:"overdueCount"`
	Year           int           `json:"year"`
	// MinutesThisYear counts the sessions attended (present or late) this calendar year.
	MinutesThisYear int `json:"minutesThisYear"`
	// AverageScore is this year's average assessment score in hundredths of a
	// point (8250 = 82.5); ScoredCount says how many scores it averages.
	AverageScore int           `json:"averageScore"`
	ScoredCount  int           `json:"scoredCount"`
	Certificates []Certificate `json:"certificates"`
	Records      []Record      `json:"records"`
	OpenTasks    []Task        `json:"openTasks"`
}

// Profile returns a rep's training profile; the rep, their manager and the owner may read it.
func (s *Service) Profile(ctx context.Context, actor auth.Actor, userID string) (Profile, error) {
	q := s.db.Read()
	p, err := seeUser(ctx, q, actor, userID)
	if err != nil {
		return Profile{}, err
	}
	today := s.today(ctx)
	out := Profile{UserID: p.ID, UserName: p.Name, Level: p.Level, HireDate: p.HireDate, Today: today}
	if out.Required, err = s.requirements(ctx, q, "a.user_id = ?", []any{p.ID}, today); err != nil {
		return Profile{}, err
	}
	out.RequiredCount = len(out.Required)
	for _, r := range out.Required {
		switch r.Status {
		case StatusDone:
			out.CompletedCount++
		case StatusOverdue:
			out.OverdueCount++
		}
	}
	out.Year, _ = strconv.Atoi(today[:4])
	yearStart := today[:4] + "-01-01"
	st, err := statsBetween(ctx, q, p.ID, yearStart, strconv.Itoa(out.Year+1)+"-01-01")
	if err != nil {
		return Profile{}, err
	}
	out.MinutesThisYear, out.AverageScore, out.ScoredCount = st.Minutes, st.AvgScore, st.Scored
	if out.Certificates, err = certificates(ctx, q, "t.user_id = ?", []any{p.ID}, today); err != nil {
		return Profile{}, err
	}
	if out.Records, err = records(ctx, q, "t.user_id = ?", []any{p.ID}); err != nil {
		return Profile{}, err
	}
	out.OpenTasks, err = s.tasks(ctx, q, "k.user_id = ? AND k.done_at IS NULL", []any{p.ID})
	return out, err
}

package service

import (
	"context"
	"fmt"
	"sort"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
)

// ReportRow is one rep's month (or the total, UserID ""): tickets received
// and resolved by their assignee, the share resolved within target, and the
// surveys answered on the customers they held. Rates are basis points and
// averages hundredths; nil is no data.
type ReportRow struct {
	UserID         string `json:"userId"`
	UserName       string `json:"userName"`
	Opened         int    `json:"opened"`
	Resolved       int    `json:"resolved"`
	ResolvedOnTime int    `json:"resolvedOnTime"`
	OnTimeBP       *int   `json:"onTimeBp"`
	Surveys        int    `json:"surveys"`
	AverageX100    *int   `json:"averageX100"`
	NPSAnswers     int    `json:"npsAnswers"`
	NPS            *int   `json:"nps"` // promoters minus detractors, in percent points
	scoreSum       int
	promoters      int
	detractors     int
}

// Report is a month of after-sales numbers per rep with the total.
type Report struct {
	Month string      `json:"month"`
	Rows  []ReportRow `json:"rows"`
	Total ReportRow   `json:"total"`
}

// monthBounds reads "YYYY-MM" as the month's start and end in loc.
func monthBounds(month string, loc *time.Location) (time.Time, time.Time, error) {
	t, err := time.ParseInLocation("2006-01", month, loc)
	if err != nil {
		return t, t, apperr.Field("month", "validation.invalidDate", nil)
	}
	return t, t.AddDate(0, 1, 0), nil
}

// Report counts the month for the people the actor may see.
func (s *Service) Report(ctx context.Context, actor auth.Actor, month string) (Report, error) {
	hours, err := s.hours(ctx)
	if err != nil {
		return Report{}, err
	}
	start, end, err := monthBounds(month, hours.Loc)
	if err != nil {
		return Report{}, err
	}
	q := s.db.Read()
	sc, err := scopeOf(ctx, q, actor)
	if err != nil {
		return Report{}, err
	}
	rows := map[string]*ReportRow{}
	row := func(id string) *ReportRow {
		if rows[id] == nil {
			rows[id] = &ReportRow{UserID: id}
		}
		return rows[id]
	}
	from, to := store.FormatTime(start), store.FormatTime(end)
	if err := countTickets(ctx, q, sc, from, to, row); err != nil {
		return Report{}, err
	}
	if err := countSurveys(ctx, q, sc, from, to, row); err != nil {
		return Report{}, err
	}
	return finish(ctx, q, month, rows)
}

func countTickets(ctx context.Context, q querier, sc scope, from, to string, row func(string) *ReportRow) error {
	cond, args := sc.usersWhere("assignee_id")
	r, err := q.QueryContext(ctx, `SELECT assignee_id, count(*), 0, 0 FROM tickets INDEXED BY tickets_by_time
		WHERE deleted_at IS NULL AND received_at >= ? AND received_at < ? AND `+cond+` GROUP BY assignee_id
		UNION ALL
		SELECT assignee_id, 0, count(*), coalesce(sum(resolved_on_time), 0) FROM tickets INDEXED BY tickets_by_resolved
		WHERE deleted_at IS NULL AND resolved_at IS NOT NULL AND resolved_at >= ? AND resolved_at < ? AND `+cond+` GROUP BY assignee_id`,
		append(append(append([]any{from, to}, args...), from, to), args...)...)
	if err != nil {
		return fmt.Errorf("service: report tickets: %w", err)
	}
	defer r.Close()
	for r.Next() {
		var id string
		var opened, resolved, onTime int
		if err := r.Scan(&id, &opened, &resolved, &onTime); err != nil {
			return fmt.Errorf("service: report tickets: %w", err)
		}
		x := row(id)
		x.Opened, x.Resolved, x.ResolvedOnTime = x.Opened+opened, x.Resolved+resolved, x.ResolvedOnTime+onTime
	}
	return r.Err()
}

func countSurveys(ctx context.Context, q querier, sc scope, from, to string, row func(string) *ReportRow) error {
	cond, args := sc.usersWhere("owner_id")
	r, err := q.QueryContext(ctx, `SELECT coalesce(owner_id, ''), count(*), sum(score), count(nps),
		coalesce(sum(nps >= 9), 0), coalesce(sum(nps <= 6), 0) FROM surveys INDEXED BY surveys_by_answered
		WHERE deleted_at IS NULL AND status = 'answered' AND answered_at >= ? AND answered_at < ? AND `+cond+`
		GROUP BY owner_id`, append([]any{from, to}, args...)...)
	if err != nil {
		return fmt.Errorf("service: report surveys: %w", err)
	}
	defer r.Close()
	for r.Next() {
		var id string
		var n, sum, npsN, pro, det int
		if err := r.Scan(&id, &n, &sum, &npsN, &pro, &det); err != nil {
			return fmt.Errorf("service: report surveys: %w", err)
		}
		x := row(id)
		x.Surveys, x.scoreSum, x.NPSAnswers, x.promoters, x.detractors = n, sum, npsN, pro, det
	}
	return r.Err()
}

// finish names the rows, works out the rates and adds the total.
func finish(ctx context.Context, q querier, month string, rows map[string]*ReportRow) (Report, error) {
	rep := Report{Month: month, Rows: []ReportRow{}}
	total := ReportRow{}
	for id, x := range rows {
		if id != "" {
			if err := q.QueryRowContext(ctx, `SELECT name FROM users WHERE id = ?`, id).Scan(&x.UserName); err != nil {
				return rep, fmt.Errorf("service: report user %s: %w", id, err)
			}
		}
		total.Opened += x.Opened
		total.Resolved += x.Resolved
		total.ResolvedOnTime += x.ResolvedOnTime
		total.Surveys += x.Surveys
		total.scoreSum += x.scoreSum
		total.NPSAnswers += x.NPSAnswers
		total.promoters += x.promoters
		total.detractors += x.detractors
		rep.Rows = append(rep.Rows, rates(*x))
	}
	sort.Slice(rep.Rows, func(i, j int) bool {
		a, b := rep.Rows[i], rep.Rows[j]
		if a.UserName != b.UserName {
			return a.UserName < b.UserName
		}
		return a.UserID < b.UserID
	})
	rep.Total = rates(total)
	return rep, nil
}

func rates(x ReportRow) ReportRow {
	if x.Resolved > 0 {
		bp := (x.ResolvedOnTime*10000*2 + x.Resolved) / (x.Resolved * 2)
		x.OnTimeBP = &bp
	}
	if avg, ok := (Monthly{Surveys: x.Surveys, ScoreSum: x.scoreSum}).AverageX100(); ok {
		x.AverageX100 = &avg
	}
	if x.NPSAnswers > 0 {
		nps := roundDiv((x.promoters-x.detractors)*100, x.NPSAnswers)
		x.NPS = &nps
	}
	return x
}

// roundDiv divides rounding half away from zero.
func roundDiv(a, b int) int {
	if a < 0 {
		return -roundDiv(-a, b)
	}
	return (a*2 + b) / (b * 2)
}

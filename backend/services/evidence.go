package services

import (
	"context"
	"fmt"

	"steady/backend/appraisal"
)

// evidence reads the records behind one appraisal metric from its area.
func (s *Set) evidence(ctx context.Context, code, userID string, m appraisal.Month) ([]appraisal.EvidenceRow, error) {
	switch code {
	case appraisal.SalesAmount:
		return s.wonEvidence(ctx, userID, m)
	case appraisal.NewBuyers:
		return s.buyerEvidence(ctx, userID, m)
	case appraisal.QuoteWinRate:
		return s.quoteEvidence(ctx, userID, m)
	case appraisal.SOPCompliance:
		return s.taskEvidence(ctx, userID, m)
	case appraisal.RevisitTimeliness:
		return s.revisitEvidence(ctx, userID, m)
	case appraisal.TrainingCompletion:
		return s.courseEvidence(ctx, userID, m)
	case appraisal.Satisfaction:
		return s.surveyEvidence(ctx, userID, m)
	}
	return nil, fmt.Errorf("services: no evidence for %s", code)
}

func (s *Set) wonEvidence(ctx context.Context, userID string, m appraisal.Month) ([]appraisal.EvidenceRow, error) {
	rows, err := s.Sales.WonRows(ctx, userID, m.Start, m.End)
	if err != nil {
		return nil, err
	}
	settings, err := s.Company.Settings(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]appraisal.EvidenceRow, 0, len(rows))
	for _, r := range rows {
		row := appraisal.EvidenceRow{Kind: "deal", ID: r.DealID, Title: r.Title, Detail: r.Customer, At: r.WonAt,
			AmountMinor: r.ConvertedMinor, Currency: settings.Currency, State: "won"}
		if r.Currency != settings.Currency {
			original := r.AmountMinor
			row.OriginalMinor, row.OriginalCurrency, row.RateMicro, row.RateMonth = &original, r.Currency, r.RateMicro, r.RateMonth
		}
		if r.ConvertedMinor == nil {
			// no rate for its month: listed, counted as a win, adding no money
			row.State, row.AmountMinor, row.Currency = "notConverted", row.OriginalMinor, r.Currency
		}
		out = append(out, row)
	}
	return out, nil
}

func (s *Set) buyerEvidence(ctx context.Context, userID string, m appraisal.Month) ([]appraisal.EvidenceRow, error) {
	rows, err := s.Customers.NewBuyerRows(ctx, userID, m.Start, m.End)
	out := make([]appraisal.EvidenceRow, 0, len(rows))
	for _, r := range rows {
		out = append(out, appraisal.EvidenceRow{Kind: "customer", ID: r.CustomerID, Title: r.Name, At: r.WonAt, State: "won"})
	}
	return out, err
}

func (s *Set) quoteEvidence(ctx context.Context, userID string, m appraisal.Month) ([]appraisal.EvidenceRow, error) {
	rows, err := s.Quotes.ClosedRows(ctx, userID, m.Start, m.End)
	out := make([]appraisal.EvidenceRow, 0, len(rows))
	for _, r := range rows {
		total := r.TotalMinor
		out = append(out, appraisal.EvidenceRow{Kind: "quote", ID: r.QuoteID, Title: r.Number, Detail: r.Customer,
			At: r.ClosedAt, AmountMinor: &total, Currency: r.Currency, State: r.State})
	}
	return out, err
}

func (s *Set) taskEvidence(ctx context.Context, userID string, m appraisal.Month) ([]appraisal.EvidenceRow, error) {
	rows, err := s.Sales.TaskRows(ctx, userID, m.Start, m.End)
	out := make([]appraisal.EvidenceRow, 0, len(rows))
	for _, r := range rows {
		out = append(out, appraisal.EvidenceRow{Kind: "task", ID: r.TaskID, ParentID: r.DealID, Title: r.TitleZh, TitleEn: r.TitleEn,
			Detail: r.Deal + " · " + r.Customer, At: r.DueAt, DoneAt: r.DoneAt, State: r.State})
	}
	return out, err
}

func (s *Set) revisitEvidence(ctx context.Context, userID string, m appraisal.Month) ([]appraisal.EvidenceRow, error) {
	rows, err := s.Customers.RevisitRows(ctx, userID, m.Start, m.End)
	out := make([]appraisal.EvidenceRow, 0, len(rows))
	for _, r := range rows {
		out = append(out, appraisal.EvidenceRow{Kind: "revisit", ID: r.CustomerID, Title: r.Name, At: r.DueAt,
			DoneAt: r.DoneAt, State: r.State})
	}
	return out, err
}

func (s *Set) courseEvidence(ctx context.Context, userID string, m appraisal.Month) ([]appraisal.EvidenceRow, error) {
	rows, err := s.Training.CourseRows(ctx, userID, m.End)
	out := make([]appraisal.EvidenceRow, 0, len(rows))
	for _, r := range rows {
		out = append(out, appraisal.EvidenceRow{Kind: "course", ID: r.CourseID, Title: r.Title, At: r.DueOn,
			DoneAt: r.CompletedOn, State: r.State})
	}
	return out, err
}

// surveyEvidence lists the surveys answered on the rep's customers: the
// score, who recorded it and, for the rep's own, the reply as received.
func (s *Set) surveyEvidence(ctx context.Context, userID string, m appraisal.Month) ([]appraisal.EvidenceRow, error) {
	rows, err := s.Service.SurveyRows(ctx, userID, m.Start, m.End)
	out := make([]appraisal.EvidenceRow, 0, len(rows))
	for _, r := range rows {
		state := "recordedByOther"
		if r.ByOwner {
			state = "recordedByRep"
		}
		detail := r.CustomerName
		if r.ReplyText != "" {
			detail += " · " + r.ReplyText
		}
		out = append(out, appraisal.EvidenceRow{Kind: "survey", ID: r.ID, ParentID: r.CustomerID,
			Title: fmt.Sprintf("%d/5 · %s", deref(r.Score), r.About), Detail: detail, At: r.AnsweredAt, State: state})
	}
	return out, err
}

func deref(n *int) int {
	if n == nil {
		return 0
	}
	return *n
}

package appraisal

// inputs are what one rep's appraisal is computed from.
type inputs struct {
	template  Template
	figures   Figures
	targets   map[string]int64 // per-rep targets of the month, by code
	proration *Proration
	manual    map[string]int // rubric levels by manual metric name
}

// compute scores every metric of the template and the weighted total.
func compute(in inputs) ([]Result, *int, string) {
	results := make([]Result, 0, len(in.template.Metrics))
	for _, m := range in.template.Metrics {
		results = append(results, computeMetric(m, in))
	}
	total := weigh(results)
	return results, total, gradeFor(in.template, total)
}

func computeMetric(m Metric, in inputs) Result {
	r := Result{Metric: m, Unit: kinds[m.Code].unit}
	switch {
	case m.Code == Manual:
		level, ok := in.manual[m.Name]
		if !ok {
			r.NoData = NoDataNotScored
			return r
		}
		actual, points := int64(level), rubricPoints(level)
		r.Actual, r.Points = &actual, &points
		return r
	}
	actual, counts, ok := measure(m.Code, in.figures)
	r.Counts = counts
	if !ok {
		r.NoData = NoDataNothingDue
		return r
	}
	r.Actual = &actual
	target, ok := targetFor(m, in)
	if !ok {
		r.NoData = NoDataNoTarget
		return r
	}
	r.Target = &target
	if kinds[m.Code].perRep && in.proration != nil {
		full := in.targets[m.Code]
		r.FullTarget = &full
	}
	completion := completionBP(actual, target)
	points := pointsFor(m, completion)
	r.CompletionBP, r.Points = &completion, &points
	return r
}

// targetFor is the metric's target this month: the rep's own (prorated for
// a mid-month joiner) or the template's rate.
func targetFor(m Metric, in inputs) (int64, bool) {
	if kinds[m.Code].perRep {
		t, ok := in.targets[m.Code]
		if !ok || t <= 0 {
			return 0, false
		}
		scaled := in.proration.scale(t)
		return scaled, scaled > 0
	}
	if m.TargetBP <= 0 {
		return 0, false
	}
	return int64(m.TargetBP), true
}

package appraisal

// completionBP is actual / target in basis points, rounded half up.
func completionBP(actual, target int64) int {
	if target <= 0 {
		return 0
	}
	return int((actual*20000 + target) / (2 * target))
}

// pointsFor turns a completion into hundredths of a point under m's rule.
func pointsFor(m Metric, completion int) int {
	switch m.Rule {
	case RuleSteps:
		points := 0
		for _, s := range m.Steps {
			if completion >= s.MinBP {
				points = s.Points
			}
		}
		return points
	default:
		if completion > m.CapBP {
			return m.CapBP
		}
		return completion
	}
}

// rubricPoints is a rubric level 1–5 as hundredths of a point (5 = 100.00).
func rubricPoints(level int) int { return level * 2000 }

// weigh rescales the weights of the metrics with data to 100 % (basis
// points) and returns the weighted total in hundredths of a point, or nil
// when no metric has data.
func weigh(results []Result) *int {
	sumWeights := 0
	for _, r := range results {
		if r.Points != nil {
			sumWeights += r.Weight
		}
	}
	if sumWeights == 0 {
		for i := range results {
			results[i].WeightBP = 0
		}
		return nil
	}
	var weighted int64
	for i, r := range results {
		results[i].WeightBP = 0
		if r.Points == nil {
			continue
		}
		results[i].WeightBP = int((int64(r.Weight)*20000 + int64(sumWeights)) / (2 * int64(sumWeights)))
		weighted += int64(r.Weight) * int64(*r.Points)
	}
	total := int((weighted*2 + int64(sumWeights)) / (2 * int64(sumWeights)))
	return &total
}

// gradeFor is the grade a total earns under t's thresholds ("" without a total).
func gradeFor(t Template, total *int) string {
	switch {
	case total == nil:
		return ""
	case *total >= t.GradeA:
		return "A"
	case *total >= t.GradeB:
		return "B"
	case *total >= t.GradeC:
		return "C"
	}
	return "D"
}

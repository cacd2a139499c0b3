package sales

import "math"

// Forecast methods, simple enough for a manager to check by hand.
const (
	// MethodLinearTrend fits a straight line through the monthly wins (least
	// squares) and carries it forward; used with six or more months of history.
	MethodLinearTrend = "linearTrend"
	// MethodWeightedAverage repeats the average of the last three months,
	// weighted 3, 2 and 1 from the most recent; used with less history.
	MethodWeightedAverage = "weightedMovingAverage"
)

// minTrendMonths is how much history the linear trend needs to be trusted.
const minTrendMonths = 6

// forecastAhead is how many months the forecast covers.
const forecastAhead = 3

// forecast predicts the three full calendar months after the current one
// from history (oldest first, whole months only, ending with last month):
// the current month, still partial, is skipped, not forecast. Months before the first one with any sales are left out, so
// a young company's empty past does not drag the line down. It returns the
// predictions, the method and how many months it used.
func forecast(history []int64) ([]int64, string, int) {
	start := 0
	for start < len(history) && history[start] == 0 {
		start++
	}
	used := history[start:]
	if len(used) >= minTrendMonths {
		return linearTrend(used), MethodLinearTrend, len(used)
	}
	if len(used) > 3 {
		used = used[len(used)-3:]
	}
	return weightedAverage(used), MethodWeightedAverage, len(used)
}

// linearTrend extends the least-squares line through ys (x = 0, 1, …) to
// the three months after the current one (x = n+1 … n+3; x = n is the
// current month).
func linearTrend(ys []int64) []int64 {
	n := float64(len(ys))
	var sumX, sumY, sumXY, sumXX float64
	for i, y := range ys {
		x := float64(i)
		sumX, sumY, sumXY, sumXX = sumX+x, sumY+float64(y), sumXY+x*float64(y), sumXX+x*x
	}
	slope := (n*sumXY - sumX*sumY) / (n*sumXX - sumX*sumX)
	intercept := (sumY - slope*sumX) / n
	out := make([]int64, forecastAhead)
	for k := range out {
		out[k] = nonNegative(intercept + slope*(n+1+float64(k)))
	}
	return out
}

// weightedAverage repeats the weighted average of ys (most recent weighs
// most: 3, 2, 1); zero without history.
func weightedAverage(ys []int64) []int64 {
	var sum, weights float64
	for i, y := range ys {
		w := float64(3 - (len(ys) - 1 - i))
		sum, weights = sum+w*float64(y), weights+w
	}
	out := make([]int64, forecastAhead)
	if weights == 0 {
		return out
	}
	for k := range out {
		out[k] = nonNegative(sum / weights)
	}
	return out
}

// nonNegative rounds half up and keeps a forecast from going below zero.
func nonNegative(v float64) int64 {
	if v <= 0 {
		return 0
	}
	return int64(math.Floor(v + 0.5))
}

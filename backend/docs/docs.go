// Package docs holds what every printed document shares: the embedded CJK
// font for PDFs and one-at-a-time PDF rendering, Chinese line wrapping,
// amounts in Chinese capital numerals (大写金额), number formats and page
// furniture.
package docs

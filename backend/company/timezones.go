package company

// Timezones offered in the picker; any IANA name the system knows is accepted.
var pickerTimezones = []string{
	"Asia/Shanghai", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei", "Asia/Urumqi",
	"Asia/Singapore", "Asia/Kuala_Lumpur", "Asia/Bangkok", "Asia/Ho_Chi_Minh", "Asia/Jakarta",
	"Asia/Manila", "Asia/Tokyo", "Asia/Seoul", "Asia/Kolkata", "Asia/Dubai", "Asia/Riyadh",
	"Europe/London", "Europe/Paris", "Europe/Berlin", "Europe/Madrid", "Europe/Rome",
	"Europe/Amsterdam", "Europe/Moscow", "Europe/Istanbul", "Africa/Cairo", "Africa/Johannesburg",
	"Africa/Lagos", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
	"America/Toronto", "America/Vancouver", "America/Mexico_City", "America/Sao_Paulo",
	"America/Buenos_Aires", "Australia/Sydney", "Australia/Melbourne", "Australia/Perth",
	"Pacific/Auckland", "UTC",
}

// Timezones lists the zones offered in the picker.
func Timezones() []string { return append([]string{}, pickerTimezones...) }

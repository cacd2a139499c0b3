package company

import (
	"bytes"
	"encoding/base64"
	"image"
	_ "image/jpeg" // lets image.DecodeConfig read JPEG logos
	_ "image/png"  // and PNG logos
	"regexp"
	"strings"
	"time"

	"steady/backend/apperr"
	"steady/backend/money"
	"steady/backend/validate"
)

// MaxLogoBytes keeps the logo small enough for every quote and report.
const MaxLogoBytes = 512 * 1024

// maxTaxRateBP is 100%: anything above is a typing error.
const maxTaxRateBP = 10000

var prefixPattern = regexp.MustCompile(`^[A-Za-z0-9-]{0,8}$`)

// logo is a decoded logo ready for the database.
type logo struct {
	bytes []byte
	mime  string
}

// clean checks every field and returns the normalised settings and logo.
func clean(in Settings) (Settings, logo, error) {
	var v apperr.Validation
	in.Name = validate.Text(&v, "name", in.Name, true, 100)
	in.Address = validate.Text(&v, "address", in.Address, false, 200)
	in.Phone = validate.Phone(&v, "phone", in.Phone)
	in.TaxID = validate.Text(&v, "taxId", strings.ToUpper(in.TaxID), false, 30)
	in.Currency = strings.ToUpper(strings.TrimSpace(in.Currency))
	if !money.IsCurrency(in.Currency) {
		v.Add("currency", "validation.invalidCurrency", nil)
	}
	if in.TaxRateBP < 0 || in.TaxRateBP > maxTaxRateBP {
		v.Add("taxRateBp", "validation.rateRange", map[string]any{"min": 0, "max": 100})
	}
	in.Timezone = strings.TrimSpace(in.Timezone)
	if _, err := time.LoadLocation(in.Timezone); err != nil || in.Timezone == "" || in.Timezone == "Local" {
		v.Add("timezone", "validation.invalidTimezone", nil)
	}
	in.QuotePrefix = strings.ToUpper(strings.TrimSpace(in.QuotePrefix))
	if !prefixPattern.MatchString(in.QuotePrefix) {
		v.Add("quotePrefix", "validation.prefixFormat", nil)
	}
	if in.IdleLockMinutes < 0 || in.IdleLockMinutes > MaxIdleLockMinutes {
		v.Add("idleLockMinutes", "validation.idleLockRange", map[string]any{"max": MaxIdleLockMinutes})
	}
	lg := decodeLogo(&v, in.LogoDataURL)
	return in, lg, v.Err()
}

// decodeLogo accepts "" (no logo) or a data URL of a PNG or JPEG image that
// really decodes and is at most MaxLogoBytes.
func decodeLogo(v *apperr.Validation, dataURL string) logo {
	if dataURL == "" {
		return logo{}
	}
	header, payload, ok := strings.Cut(dataURL, ",")
	if !ok || !strings.HasPrefix(header, "data:") || !strings.HasSuffix(header, ";base64") {
		v.Add("logoDataUrl", "validation.logoType", nil)
		return logo{}
	}
	raw, err := base64.StdEncoding.DecodeString(payload)
	if err != nil {
		v.Add("logoDataUrl", "validation.logoType", nil)
		return logo{}
	}
	if len(raw) > MaxLogoBytes {
		v.Add("logoDataUrl", "validation.logoTooLarge", map[string]any{"maxKB": MaxLogoBytes / 1024})
		return logo{}
	}
	_, format, err := image.DecodeConfig(bytes.NewReader(raw))
	if err != nil || (format != "png" && format != "jpeg") {
		v.Add("logoDataUrl", "validation.logoType", nil)
		return logo{}
	}
	return logo{bytes: raw, mime: "image/" + format}
}

func (l logo) dataURL() string {
	if len(l.bytes) == 0 {
		return ""
	}
	return "data:" + l.mime + ";base64," + base64.StdEncoding.EncodeToString(l.bytes)
}

// Validate checks a profile without saving it.
func Validate(in Settings) error {
	_, _, err := clean(in)
	return err
}

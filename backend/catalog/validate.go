package catalog

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	goimage "image"
	_ "image/jpeg" // lets image.DecodeConfig read JPEG pictures
	_ "image/png"  // and PNG pictures
	"strings"

	"steady/backend/apperr"
	"steady/backend/money"
	"steady/backend/validate"
)

// MaxImageBytes keeps product pictures small enough for quotes.
const MaxImageBytes = 512 * 1024

// cleanProduct checks every field of in, including that no other product
// has its SKU, and decodes its image.
func cleanProduct(ctx context.Context, q querier, in ProductInput) (ProductInput, image, error) {
	var v apperr.Validation
	in = checkProductFields(&v, in)
	img := decodeImage(&v, in.ImageDataURL)
	if !v.Has("sku") {
		taken, err := skuTaken(ctx, q, in.SKU, in.ID)
		if err != nil {
			return in, img, err
		}
		if taken {
			v.Add("sku", "validation.skuTaken", nil)
		}
	}
	return in, img, v.Err()
}

// checkProductFields checks what needs no database.
func checkProductFields(v *apperr.Validation, in ProductInput) ProductInput {
	in.SKU = validate.Text(v, "sku", in.SKU, true, 40)
	in.NameZh = validate.Text(v, "nameZh", in.NameZh, true, 100)
	in.NameEn = validate.Text(v, "nameEn", in.NameEn, false, 100)
	in.Spec = validate.Text(v, "spec", in.Spec, false, 200)
	in.Unit = validate.Text(v, "unit", in.Unit, false, 10)
	in.Category = validate.Text(v, "category", in.Category, false, 40)
	in.Currency = Currency(v, "currency", in.Currency)
	Amount(v, "listPriceMinor", in.ListPriceMinor)
	Amount(v, "costMinor", in.CostMinor)
	Amount(v, "floorPriceMinor", in.FloorPriceMinor)
	if !v.Has("floorPriceMinor") && !v.Has("listPriceMinor") && in.FloorPriceMinor > in.ListPriceMinor {
		v.Add("floorPriceMinor", "validation.floorAboveList", nil)
	}
	Rate(v, "taxRateBp", in.TaxRateBP)
	return in
}

// Currency normalises code and requires an ISO 4217 currency.
func Currency(v *apperr.Validation, field, code string) string {
	code = strings.ToUpper(strings.TrimSpace(code))
	if !money.IsCurrency(code) {
		v.Add(field, "validation.invalidCurrency", nil)
	}
	return code
}

// Amount requires a money amount that is not negative and small enough for
// exact arithmetic.
func Amount(v *apperr.Validation, field string, minor int64) {
	if minor < 0 || minor > money.MaxLineGross {
		v.Add(field, "validation.invalidAmount", nil)
	}
}

// Rate requires a tax or discount rate between 0 and 100 %.
func Rate(v *apperr.Validation, field string, bp int64) {
	if bp < 0 || bp > 10000 {
		v.Add(field, "validation.rateRange", map[string]any{"min": 0, "max": 100})
	}
}

func skuTaken(ctx context.Context, q querier, sku, exceptID string) (bool, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT count(*) FROM products WHERE sku = ? AND id <> ? AND deleted_at IS NULL`,
		sku, exceptID).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("catalog: check sku: %w", err)
	}
	return n > 0, nil
}

// image is a decoded product picture ready for the database.
type image struct {
	bytes []byte
	mime  string
}

// decodeImage accepts "" (no picture) or a data URL of a PNG or JPEG image
// that really decodes and is at most MaxImageBytes.
func decodeImage(v *apperr.Validation, dataURL string) image {
	if dataURL == "" {
		return image{}
	}
	header, payload, ok := strings.Cut(dataURL, ",")
	raw, err := base64.StdEncoding.DecodeString(payload)
	if !ok || !strings.HasPrefix(header, "data:") || !strings.HasSuffix(header, ";base64") || err != nil {
		v.Add("imageDataUrl", "validation.logoType", nil)
		return image{}
	}
	if len(raw) > MaxImageBytes {
		v.Add("imageDataUrl", "validation.logoTooLarge", map[string]any{"maxKB": MaxImageBytes / 1024})
		return image{}
	}
	_, format, err := goimage.DecodeConfig(bytes.NewReader(raw))
	if err != nil || (format != "png" && format != "jpeg") {
		v.Add("imageDataUrl", "validation.logoType", nil)
		return image{}
	}
	return image{bytes: raw, mime: "image/" + format}
}

func (i image) dataURL() string {
	if len(i.bytes) == 0 {
		return ""
	}
	return "data:" + i.mime + ";base64," + base64.StdEncoding.EncodeToString(i.bytes)
}

// note keeps audit rows readable: that there is a picture, not its bytes.
func (i image) note() string {
	if len(i.bytes) == 0 {
		return ""
	}
	return fmt.Sprintf("(%s, %d bytes)", i.mime, len(i.bytes))
}

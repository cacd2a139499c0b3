package company_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"image"
	"image/png"
	"math/rand/v2"
	"testing"

	"steady/backend/company"
)

// BenchmarkZone: the time zone every list, pool, today and export call asks
// for, with a logo near the 512 KB limit. "kept" is the per-process cache,
// "read" forgets it first (what every call cost before it); "bare" is the
// same SELECT through database/sql alone.
func BenchmarkZone(b *testing.B) {
	svc, db := newCompany(b)
	ctx := context.Background()
	s, err := svc.Settings(ctx)
	if err != nil {
		b.Fatal(err)
	}
	s.LogoDataURL = noisyPNG(b, 360)
	if _, err := svc.Save(ctx, owner, s); err != nil {
		b.Fatal(err)
	}
	b.Run("kept", func(b *testing.B) {
		for b.Loop() {
			if _, err := svc.Zone(ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("read", func(b *testing.B) {
		for b.Loop() {
			company.Forget(db)
			if _, err := svc.Zone(ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("bare-timezone", func(b *testing.B) {
		for b.Loop() {
			var tz string
			if err := db.Read().QueryRowContext(ctx, `SELECT timezone FROM company WHERE deleted_at IS NULL LIMIT 1`).Scan(&tz); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// noisyPNG is a logo that does not compress: a size×size picture of noise.
func noisyPNG(b *testing.B, size int) string {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	r := rand.New(rand.NewPCG(1, 2))
	for i := range img.Pix {
		img.Pix[i] = byte(r.UintN(256))
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		b.Fatal(err)
	}
	b.Logf("logo %d KB", buf.Len()/1024)
	return "data:image/png;base64," + base64.StdEncoding.EncodeToString(buf.Bytes())
}

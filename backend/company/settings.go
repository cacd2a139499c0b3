// Package company holds the business's own profile: name, contact details,
// logo, and the defaults every quote and report starts from.
package company

// Settings is the company profile as the settings screen edits it.
type Settings struct {
	ID               string `json:"id"`
	Name             string `json:"name"`
	Address          string `json:"address"`
	Phone            string `json:"phone"`
	TaxID            string `json:"taxId"`
	LogoDataURL      string `json:"logoDataUrl"`
	Currency         string `json:"currency"`
	TaxRateBP        int    `json:"taxRateBp"`
	PricesIncludeTax bool   `json:"pricesIncludeTax"`
	Timezone         string `json:"timezone"`
	QuotePrefix      string `json:"quotePrefix"`
	// IdleLockMinutes locks the screen after that long without input on
	// every computer (0 = never); the password unlocks it.
	IdleLockMinutes int    `json:"idleLockMinutes"`
	Version         int    `json:"version"`
	UpdatedAt       string `json:"updatedAt"`
}

// DefaultIdleLockMinutes and MaxIdleLockMinutes bound the idle lock.
const (
	DefaultIdleLockMinutes = 15
	MaxIdleLockMinutes     = 480
)

// Defaults for a new company in mainland China, the first market.
func Defaults(name string) Settings {
	return Settings{
		Name:             name,
		Currency:         "CNY",
		TaxRateBP:        1300,
		PricesIncludeTax: true,
		Timezone:         "Asia/Shanghai",
		QuotePrefix:      "QT",
		IdleLockMinutes:  DefaultIdleLockMinutes,
	}
}

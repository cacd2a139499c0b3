package app

import (
	"io"
	"os"
	"time"

	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"

	"steady/backend/auth"
	"steady/backend/catalog"
)

// Catalog is the product catalog's backend: products, price lists,
// and import and export by Excel.
type Catalog struct {
	core    *Core
	session *Session
}

// NewCatalog binds the catalog.
func NewCatalog(core *Core, session *Session) *Catalog {
	return &Catalog{core: core, session: session}
}

// Products lists products.
func (c *Catalog) Products(f catalog.ProductFilter) ([]catalog.Product, error) {
	return asActor(c.session, "catalog.products", func(a auth.Actor) ([]catalog.Product, error) { return c.core.Catalog.Products(bg(), a, f) })
}

// Product returns one product.
func (c *Catalog) Product(id string) (catalog.Product, error) {
	return asActor(c.session, "catalog.product", func(a auth.Actor) (catalog.Product, error) { return c.core.Catalog.Product(bg(), a, id) })
}

// CreateProduct adds a product.
func (c *Catalog) CreateProduct(in catalog.ProductInput) (catalog.Product, error) {
	return asActor(c.session, "catalog.create", func(a auth.Actor) (catalog.Product, error) { return c.core.Catalog.CreateProduct(bg(), a, in) })
}

// UpdateProduct changes a product.
func (c *Catalog) UpdateProduct(in catalog.ProductInput) (catalog.Product, error) {
	return asActor(c.session, "catalog.update", func(a auth.Actor) (catalog.Product, error) { return c.core.Catalog.UpdateProduct(bg(), a, in) })
}

// DeleteProduct removes a product.
func (c *Catalog) DeleteProduct(id string, version int) error {
	return asActorDo(c.session, "catalog.delete", func(a auth.Actor) error { return c.core.Catalog.DeleteProduct(bg(), a, id, version) })
}

// Categories lists the categories in use.
func (c *Catalog) Categories() ([]string, error) {
	return asActor(c.session, "catalog.categories", func(auth.Actor) ([]string, error) { return c.core.Catalog.Categories(bg()) })
}

// PriceLists lists the tier price lists.
func (c *Catalog) PriceLists() ([]catalog.PriceList, error) {
	return asActor(c.session, "catalog.priceLists", func(a auth.Actor) ([]catalog.PriceList, error) { return c.core.Catalog.PriceLists(bg(), a) })
}

// PriceList returns one price list with its prices.
func (c *Catalog) PriceList(id string) (catalog.PriceList, error) {
	return asActor(c.session, "catalog.priceList", func(a auth.Actor) (catalog.PriceList, error) { return c.core.Catalog.PriceList(bg(), a, id) })
}

// SavePriceList adds or changes a price list.
func (c *Catalog) SavePriceList(in catalog.PriceListInput) (catalog.PriceList, error) {
	return asActor(c.session, "catalog.savePriceList", func(a auth.Actor) (catalog.PriceList, error) {
		return c.core.Catalog.SavePriceList(bg(), a, in)
	})
}

// DeletePriceList removes a price list.
func (c *Catalog) DeletePriceList(id string, version int) error {
	return asActorDo(c.session, "catalog.deletePriceList", func(a auth.Actor) error { return c.core.Catalog.DeletePriceList(bg(), a, id, version) })
}

// Matching lists the products the discount guard would hold a typed line
// with this SKU and name to (the builder asks before adding it as free text).
func (c *Catalog) Matching(sku, name string) ([]catalog.Product, error) {
	return asActor(c.session, "catalog.matching", func(a auth.Actor) ([]catalog.Product, error) {
		return c.core.Catalog.Matching(bg(), a, sku, name)
	})
}

// Price is a product's price under a price list ("" = list price).
func (c *Catalog) Price(productID, priceListID string) (catalog.Price, error) {
	return asActor(c.session, "catalog.price", func(a auth.Actor) (catalog.Price, error) {
		return c.core.Catalog.Price(bg(), a, productID, priceListID)
	})
}

// Export saves the catalog as XLSX where the user chooses; "" means cancelled.
func (c *Catalog) Export(lang string) (string, error) {
	return asActor(c.session, "catalog.export", func(a auth.Actor) (string, error) {
		name := "产品目录_" + time.Now().Format(time.DateOnly) + ".xlsx"
		if lang == "en" {
			name = "Catalog_" + time.Now().Format(time.DateOnly) + ".xlsx"
		}
		return c.core.saveAs(saveTarget{name: name, filter: "Excel (*.xlsx)", ext: ".xlsx"},
			func(w io.Writer) error { return c.core.Catalog.ExportXLSX(bg(), a, lang, w) })
	})
}

// PickImportFile asks for the workbook to import; "" means cancelled.
func (c *Catalog) PickImportFile() (string, error) {
	return asActor(c.session, "catalog.pickImport", func(auth.Actor) (string, error) {
		return c.core.askOpenPath(wruntime.FileFilter{DisplayName: "Excel (*.xlsx)", Pattern: "*.xlsx"})
	})
}

// Import reads the workbook at path; with dryRun nothing is written and the
// summary says what would happen, rejected rows included.
func (c *Catalog) Import(path string, defaults catalog.ImportDefaults, dryRun bool) (catalog.ImportSummary, error) {
	return asActor(c.session, "catalog.import", func(a auth.Actor) (catalog.ImportSummary, error) {
		if err := c.core.paths.check(path); err != nil {
			return catalog.ImportSummary{}, err
		}
		f, err := os.Open(path)
		if err != nil {
			return catalog.ImportSummary{}, err
		}
		defer f.Close()
		return c.core.Catalog.ImportXLSX(bg(), a, f, defaults, dryRun)
	})
}

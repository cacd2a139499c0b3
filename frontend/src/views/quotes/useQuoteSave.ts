import { h, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { onBeforeRouteLeave, useRouter } from 'vue-router'
import { useDialog, useMessage, type ButtonProps } from 'naive-ui'
import * as quotesApi from '../../api/quotes'
import type { Quote, QuoteForm } from '../../api/quotes'
import { testid } from '../../lib/attrs'
import { parseAmount } from '../../lib/money'
import { toLineForm } from './builder'
import type { DraftChecks } from './useDraftChecks'
import type { QuoteDraft } from './useQuoteDraft'
import { useSaveErrors } from './useSaveErrors'

/**
 * Saving the draft (and, when asked, submitting it), then opening the saved
 * quote. Refusals land beside their fields, a stale version offers a
 * reload, Ctrl+S saves, and leaving with unsaved changes asks first.
 */
export function useQuoteSave(draft: QuoteDraft, checks: DraftChecks) {
  const { t } = useI18n()
  const router = useRouter()
  const message = useMessage()
  const dialog = useDialog()
  const { handle, report } = useSaveErrors('quote')
  const saving = ref(false)

  function input(): QuoteForm {
    const { form, read } = draft
    return {
      id: read.value?.id ?? '',
      version: read.value?.version ?? 0,
      language: form.language,
      customerId: form.customerId,
      customerName: form.customerName.trim(),
      customerAddress: form.customerAddress.trim(),
      contactName: form.contactName.trim(),
      contactPhone: form.contactPhone.trim(),
      contactEmail: form.contactEmail.trim(),
      dealId: form.dealId,
      currency: form.currency,
      priceListId: form.priceListId,
      taxIncluded: form.taxIncluded,
      discountBp: draft.discountBp.value ?? 0,
      charges: draft.charges.value.map((c) => ({ label: c.label.trim(), amountMinor: parseAmount(c.amount, form.currency) ?? 0 })),
      issueDate: form.issueDate,
      validUntil: form.validUntil,
      paymentTerms: form.paymentTerms.trim(),
      deliveryTerms: form.deliveryTerms.trim(),
      warrantyTerms: form.warrantyTerms.trim(),
      notes: form.notes.trim(),
      lines: draft.lines.value.map((d) => toLineForm(d, form.currency)),
    }
  }

  async function submitted(saved: Quote): Promise<void> {
    const x = await quotesApi.submit(saved.id, saved.version)
    message.success(
      x.status === 'pending_approval'
        ? t('quotes.detail.submittedPending', { number: x.number })
        : t('quotes.detail.submittedApproved', { number: x.number }),
    )
  }

  async function save(thenSubmit: boolean): Promise<void> {
    if (saving.value || draft.loading.value) return
    if (!checks.checkLocally()) {
      message.error(t('errors.validation'))
      return
    }
    saving.value = true
    let saved: Quote | null = null
    try {
      const body = input()
      saved = draft.read.value ? await quotesApi.update(body) : await quotesApi.create(body)
      draft.saved(saved)
      if (thenSubmit) await submitted(saved)
      else message.success(t('quotes.builder.saved', { number: saved.number }))
      void router.push(`/quotes/${saved.id}`)
    } catch (e) {
      if (saved) {
        // Saved, but the submit failed: show the saved quote and say why.
        report(e)
        void router.push(`/quotes/${saved.id}`)
      } else {
        handle(e, checks.showFieldErrors, () => void draft.load())
      }
    } finally {
      saving.value = false
    }
  }

  function onKeydown(e: KeyboardEvent): void {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault()
      void save(false)
    }
  }

  onBeforeRouteLeave(() => {
    if (!draft.dirty.value || saving.value) return true
    return new Promise<boolean>((resolve) => {
      dialog.warning({
        title: t('quotes.builder.leaveTitle'),
        content: () => h('div', testid('quote-leave'), t('quotes.builder.leaveBody')),
        positiveText: t('quotes.builder.leave'),
        negativeText: t('quotes.builder.stay'),
        positiveButtonProps: testid('quote-leave-ok') as ButtonProps,
        negativeButtonProps: testid('quote-leave-cancel') as ButtonProps,
        onPositiveClick: () => resolve(true),
        onNegativeClick: () => resolve(false),
        onClose: () => resolve(false),
        onMaskClick: () => resolve(false),
      })
    })
  })

  return { saving, save, onKeydown, input }
}

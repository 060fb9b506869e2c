import { useState } from 'preact/hooks';
import { PRODUCT_KINDS, MAX_PRODUCTS } from '../core/limits';
import { type Product, STARTER_PRODUCTS } from '../core/product';
import type { Profile } from '../core/profile';
import { t } from '../platform/i18n';
import type { ProfileState } from '../platform/messages';
import { EMPTY_PRODUCT, isKind, PRODUCT_NUMBER_FIELDS, type ProductErrors, type ProductFormValues, productFieldLabel, readProduct } from './product-form';
import { TextField } from './TextField';
import { errorText } from './use-profile-state';

interface Props {
  state: ProfileState;
  saveProfile: (profile: Profile) => Promise<ProfileState>;
}

const kindLabel = (kind: string) => t(`productKind_${kind as (typeof PRODUCT_KINDS)[number]}`);

/** "drink: 500 mL, 30 g carbohydrate, 400 mg sodium per serving". */
function productLine(p: Product): string {
  const parts = [t('productPerServing', p.volumeMl, p.carbsG, p.sodiumMg)];
  if (p.caffeineMg !== undefined) parts.push(t('productCaffeine', p.caffeineMg));
  return `${p.name} (${kindLabel(p.kind)}): ${parts.join(', ')}`;
}

/**
 * "My products": the drinks, gels, chews, capsules and food the runner uses, per serving. Plans are
 * given in them and the panel's intake form counts them. A starter kind fills the form with
 * typical values to check against the label; nothing is stored until "Add product".
 */
export function ProductsSection({ state, saveProfile }: Props) {
  const products = state.profile.products ?? [];
  const [values, setValues] = useState<ProductFormValues>(EMPTY_PRODUCT);
  const [errors, setErrors] = useState<ProductErrors>({});
  const [status, setStatus] = useState<string | null>(null);
  const [starter, setStarter] = useState(false);

  const store = async (next: Product[]) => {
    try {
      await saveProfile({ ...state.profile, products: next });
      return true;
    } catch (e) {
      setStatus(t('optionsSaveFailed', errorText(e)));
      return false;
    }
  };
  const add = async (event: Event) => {
    event.preventDefault();
    const result = readProduct(values);
    if ('errors' in result) {
      setErrors(result.errors);
      setStatus(t('optionsNothingSaved'));
      return;
    }
    if (products.length >= MAX_PRODUCTS) return setStatus(t('productTooMany', MAX_PRODUCTS));
    setErrors({});
    setStatus(null);
    // Kept in the form until stored: a failed save loses nothing typed.
    if (await store([...products, result.product])) {
      setValues(EMPTY_PRODUCT);
      setStarter(false);
    }
  };
  const fillFrom = (index: number) => {
    const s = STARTER_PRODUCTS[index];
    if (!s) return;
    setValues({ name: t(`starter_${s.starter as 'water'}`), kind: s.kind, volumeMl: String(s.volumeMl), carbsG: String(s.carbsG), sodiumMg: String(s.sodiumMg), caffeineMg: '' });
    setErrors({});
    setStarter(true);
  };
  const set = (field: keyof ProductFormValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  return (
    <section class="options-form" aria-labelledby="products-heading">
      <h2 id="products-heading">{t('productsHeading')}</h2>
      <p>{t('productsLead')}</p>
      {products.length > 0 && (
        <ul class="products">
          {products.map((p, i) => (
            <li key={`${i}-${p.name}`}>
              <span>{productLine(p)}</span>{' '}
              <button type="button" class="secondary" aria-label={t('productRemoveLabel', p.name)} onClick={() => void store(products.filter((_, j) => j !== i))}>
                {t('productRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>{t('productsStarter')}</p>
      <div class="starters">
        {STARTER_PRODUCTS.map((s, i) => (
          <button key={s.starter} type="button" class="secondary" onClick={() => fillFrom(i)}>
            {t(`starter_${s.starter as 'water'}`)}
          </button>
        ))}
      </div>
      <form onSubmit={add} noValidate aria-label={t('productsFormLabel')}>
        {starter && <p class="hint" data-testid="typical">{t('productsTypical')}</p>}
        <TextField id="product-name" label={t('productName')} value={values.name} hint="" error={errors.name} onInput={set('name')} />
        <div class="field">
          <label for="product-kind">{t('productKind')}</label>
          <select id="product-kind" value={values.kind} onChange={(e) => {
            const kind = (e.target as HTMLSelectElement).value;
            if (isKind(kind)) setValues((v) => ({ ...v, kind }));
          }}>
            {PRODUCT_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
        </div>
        {PRODUCT_NUMBER_FIELDS.map((field) => (
          <TextField key={field} id={`product-${field}`} label={productFieldLabel(field)} value={values[field]} hint="" error={errors[field]} onInput={set(field)} />
        ))}
        <div class="actions">
          <button type="submit">{t('productAdd')}</button>
          <span role="alert" class="error">
            {status}
          </span>
        </div>
      </form>
    </section>
  );
}

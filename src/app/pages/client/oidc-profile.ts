import type { RegisterProfileInput } from '../generated/operations';
import { h } from './shell';
import type { I18n } from './i18n';

// A first OIDC sign-in: the provider gave a verified e-mail but not what a customer record needs. This form asks
// for it and sends it with the same one-time code (exchangeOidcCode(input: { code, profile })).

export type OidcProfile = RegisterProfileInput;

const REGIONS: [string, string, string][] = [
  ['SEOUL', '서울특별시', 'Seoul'],
  ['BUSAN', '부산광역시', 'Busan'],
  ['DAEGU', '대구광역시', 'Daegu'],
  ['INCHEON', '인천광역시', 'Incheon'],
  ['GWANGJU', '광주광역시', 'Gwangju'],
  ['DAEJEON', '대전광역시', 'Daejeon'],
  ['ULSAN', '울산광역시', 'Ulsan'],
  ['SEJONG', '세종특별자치시', 'Sejong'],
  ['GYEONGGI', '경기도', 'Gyeonggi'],
  ['GANGWON', '강원특별자치도', 'Gangwon'],
  ['CHUNGBUK', '충청북도', 'North Chungcheong'],
  ['CHUNGNAM', '충청남도', 'South Chungcheong'],
  ['JEONBUK', '전북특별자치도', 'Jeonbuk'],
  ['JEONNAM', '전라남도', 'South Jeolla'],
  ['GYEONGBUK', '경상북도', 'North Gyeongsang'],
  ['GYEONGNAM', '경상남도', 'South Gyeongsang'],
  ['JEJU', '제주특별자치도', 'Jeju'],
];
const EMPLOYMENTS: [string, string, string][] = [
  ['SALARIED', '직장인', 'Salaried'],
  ['PUBLIC_SECTOR', '공무원', 'Public sector'],
  ['SELF_EMPLOYED', '자영업', 'Self-employed'],
  ['FREELANCER', '프리랜서', 'Freelancer'],
  ['STUDENT', '학생', 'Student'],
  ['HOMEMAKER', '주부', 'Homemaker'],
  ['RETIRED', '은퇴', 'Retired'],
  ['UNEMPLOYED', '무직', 'Not employed'],
];
const GENDERS: [string, string, string][] = [
  ['FEMALE', '여성', 'Female'],
  ['MALE', '남성', 'Male'],
];

/** Renders the form into `container`; resolves with the profile once submitted. */
export function askProfile(
  container: HTMLElement,
  i18n: I18n,
  opts: { email: string; suggestedName: string | null },
): Promise<OidcProfile> {
  const label = (entry: [string, string, string]) => (i18n.lang === 'ko' ? entry[1] : entry[2]);
  const select = (id: string, entries: [string, string, string][]) =>
    h('select', { id, required: '' }, ...entries.map((e) => h('option', { value: e[0] }, label(e))));
  const name = h('input', {
    id: 'profile-name',
    required: '',
    maxlength: '100',
    value: opts.suggestedName ?? '',
  });
  const birth = h('input', { id: 'profile-birth', type: 'date', required: '' });
  const gender = select('profile-gender', GENDERS);
  const region = select('profile-region', REGIONS);
  const household = h('input', { id: 'profile-household', type: 'number', min: '1', max: '20', value: '1' });
  const employment = select('profile-employment', EMPLOYMENTS);
  const submit = h('button', { type: 'submit', id: 'profile-submit' }, i18n.t('profileSubmit'));
  const field = (id: string, key: string, input: HTMLElement) => [
    h('label', { for: id }, i18n.t(key)),
    input,
  ];
  const form = h(
    'form',
    { id: 'profile-form' },
    h('p', {}, i18n.t('profileIntro', { email: opts.email })),
    ...field('profile-name', 'profileName', name),
    ...field('profile-birth', 'profileBirthDate', birth),
    ...field('profile-gender', 'profileGender', gender),
    ...field('profile-region', 'profileRegion', region),
    ...field('profile-household', 'profileHousehold', household),
    ...field('profile-employment', 'profileEmployment', employment),
    submit,
  );
  container.replaceChildren(form);
  container.hidden = false;
  return new Promise((resolve) => {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submit.disabled = true;
      resolve({
        name: name.value.trim(),
        birthDate: birth.value,
        gender: gender.value as OidcProfile['gender'],
        region: region.value as OidcProfile['region'],
        householdSize: Number(household.value),
        employment: employment.value as OidcProfile['employment'],
      });
    });
  });
}

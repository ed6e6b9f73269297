// Enumerations shared by the customer entity, GraphQL type, inputs, importers and the seed generator.
export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

// The 17 first-level administrative divisions (시·도) of Korea.
export enum Region {
  SEOUL = 'SEOUL',
  BUSAN = 'BUSAN',
  DAEGU = 'DAEGU',
  INCHEON = 'INCHEON',
  GWANGJU = 'GWANGJU',
  DAEJEON = 'DAEJEON',
  ULSAN = 'ULSAN',
  SEJONG = 'SEJONG',
  GYEONGGI = 'GYEONGGI',
  GANGWON = 'GANGWON',
  CHUNGBUK = 'CHUNGBUK',
  CHUNGNAM = 'CHUNGNAM',
  JEONBUK = 'JEONBUK',
  JEONNAM = 'JEONNAM',
  GYEONGBUK = 'GYEONGBUK',
  GYEONGNAM = 'GYEONGNAM',
  JEJU = 'JEJU',
}

export const REGION_NAMES_KO: Record<Region, string> = {
  [Region.SEOUL]: '서울특별시',
  [Region.BUSAN]: '부산광역시',
  [Region.DAEGU]: '대구광역시',
  [Region.INCHEON]: '인천광역시',
  [Region.GWANGJU]: '광주광역시',
  [Region.DAEJEON]: '대전광역시',
  [Region.ULSAN]: '울산광역시',
  [Region.SEJONG]: '세종특별자치시',
  [Region.GYEONGGI]: '경기도',
  [Region.GANGWON]: '강원특별자치도',
  [Region.CHUNGBUK]: '충청북도',
  [Region.CHUNGNAM]: '충청남도',
  [Region.JEONBUK]: '전북특별자치도',
  [Region.JEONNAM]: '전라남도',
  [Region.GYEONGBUK]: '경상북도',
  [Region.GYEONGNAM]: '경상남도',
  [Region.JEJU]: '제주특별자치도',
};

export enum Employment {
  SALARIED = 'SALARIED',
  PUBLIC_SECTOR = 'PUBLIC_SECTOR',
  SELF_EMPLOYED = 'SELF_EMPLOYED',
  FREELANCER = 'FREELANCER',
  STUDENT = 'STUDENT',
  HOMEMAKER = 'HOMEMAKER',
  RETIRED = 'RETIRED',
  UNEMPLOYED = 'UNEMPLOYED',
}

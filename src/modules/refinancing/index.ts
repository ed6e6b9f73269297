// What other modules and the composition root may use from the refinancing module.
export {
  RefinanceApplicationEntity,
  RefinanceApplicationEventEntity,
  RefinanceDocumentEntity,
  RefinanceProductEntity,
  RefinanceRateBandEntity,
} from './refinancing.entity';
export { RefinancingRepository } from './refinancing.repository';
export { refinancingLoaders } from './refinancing.loaders';
export { RefinanceCatalogueService } from './refinance-catalogue.service';
export { RefinanceOfferService } from './refinance-offer.service';
export {
  RefinanceApplicationService,
  type ApplicationStatusChange,
  type ApplicationStatusListener,
} from './refinance-application.service';
export { RefinanceDocumentService } from './refinance-document.service';
export { RefinancingResolver } from './refinancing.resolver';
export {
  LoanRefinanceFieldsResolver,
  RefinanceApplicationFieldsResolver,
  RefinanceDocumentFieldsResolver,
  RefinanceProductFieldsResolver,
} from './refinancing-fields.resolver';
export { refinanceDocumentRouter } from './refinance-documents.http';
export { cleanFileName } from './document-type';
export {
  REFINANCE_APPLICATION_TYPE,
  REFINANCE_PRODUCT_TYPE,
  toApplicationType,
  toProductType,
} from './refinancing.mapper';
export * from './refinancing.enums';
export { ProductAdminRepository } from './product-admin.repository';
export { ProductAdminService } from './product-admin.service';
export { ProductAdminResolver } from './product-admin.resolver';

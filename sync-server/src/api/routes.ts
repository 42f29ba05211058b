// The API's routes as data: method, path pattern (captures become params), handler.
import type { ApiContext } from "./context";
import { bearerSession } from "./context";
import { sendJson } from "./json";
import { previewInvite, redeemInvite, describeSessionPerson } from "./invites";
import { cancelExchange, createExchange, listExchanges, readExchange, reissueInvite, revokeInvite, revokeSession, updateExchange } from "./exchanges";
import { readSummary } from "./summary";
import { inviteOfficer, listOfficers } from "./officers";
import { createDeviceInvite } from "./devices";
import { readExchangeDetails } from "./exchange-details";
import { askForChanges, createOffer, enterApplication, listOffers, publishOffer, readOffer, recordExchange, reissueOfferLink } from "../offers/officer-offers-api";
import { chooseApplicant, listApplicants, readTutorOffer, redeemOfferLink, requestCall, saveOfferDraft, submitOffer } from "../offers/tutor-offers-api";
import { apply, listPublishedOffers, pickCallSlot, publishedOffersCsv, readOwnApplication } from "../offers/public-offers-api";
import { downloadApplicationFile, downloadCallIcs } from "../offers/application-files-api";
import { readAttestationKey, readCertificate, readEvaluation, submitSignature } from "./evaluations";

export interface Route {
  method: "GET" | "POST" | "PUT";
  path: RegExp;
  handle(context: ApiContext): void | Promise<void>;
}

const id = "([A-Za-z0-9_-]{1,64})";

export const apiRoutes: Route[] = [
  { method: "POST", path: /^\/api\/invites\/preview$/, handle: previewInvite },
  { method: "POST", path: /^\/api\/invites\/redeem$/, handle: redeemInvite },
  {
    method: "GET",
    path: /^\/api\/me$/,
    handle: (context) => {
      const session = bearerSession(context);
      sendJson(context.response, 200, { sessionId: session.id, expiresAt: session.expiresAt, ...describeSessionPerson(context, session.person) });
    },
  },
  { method: "POST", path: /^\/api\/me\/device-invite$/, handle: createDeviceInvite },
  { method: "GET", path: /^\/api\/me\/exchange$/, handle: readExchangeDetails },
  { method: "POST", path: /^\/api\/exchanges$/, handle: createExchange },
  { method: "GET", path: /^\/api\/exchanges$/, handle: listExchanges },
  { method: "GET", path: new RegExp(`^/api/exchanges/${id}$`), handle: readExchange },
  { method: "PUT", path: new RegExp(`^/api/exchanges/${id}$`), handle: updateExchange },
  { method: "POST", path: new RegExp(`^/api/exchanges/${id}/cancel$`), handle: cancelExchange },
  { method: "POST", path: new RegExp(`^/api/exchanges/${id}/invites/(student|tutor|contact)$`), handle: reissueInvite },
  { method: "POST", path: new RegExp(`^/api/exchanges/${id}/invites/(student|tutor|contact)/revoke$`), handle: revokeInvite },
  { method: "POST", path: new RegExp(`^/api/sessions/${id}/revoke$`), handle: revokeSession },
  { method: "GET", path: /^\/api\/officers$/, handle: listOfficers },
  { method: "POST", path: /^\/api\/officers$/, handle: inviteOfficer },
  { method: "GET", path: /^\/api\/summary$/, handle: readSummary },
  { method: "GET", path: new RegExp(`^/api/evaluations/${id}$`), handle: readEvaluation },
  { method: "POST", path: new RegExp(`^/api/evaluations/${id}/signatures$`), handle: submitSignature },
  { method: "GET", path: /^\/api\/attestation-key$/, handle: readAttestationKey },
  { method: "POST", path: /^\/api\/offers$/, handle: createOffer },
  { method: "GET", path: /^\/api\/offers$/, handle: listOffers },
  { method: "GET", path: new RegExp(`^/api/offers/${id}$`), handle: readOffer },
  { method: "POST", path: new RegExp(`^/api/offers/${id}/link$`), handle: reissueOfferLink },
  { method: "POST", path: new RegExp(`^/api/offers/${id}/changes$`), handle: askForChanges },
  { method: "POST", path: new RegExp(`^/api/offers/${id}/publish$`), handle: publishOffer },
  { method: "POST", path: new RegExp(`^/api/offers/${id}/exchange$`), handle: recordExchange },
  { method: "POST", path: new RegExp(`^/api/offers/${id}/applications$`), handle: enterApplication },
  { method: "POST", path: /^\/api\/offer-form\/redeem$/, handle: redeemOfferLink },
  { method: "GET", path: /^\/api\/offer-form$/, handle: readTutorOffer },
  { method: "PUT", path: /^\/api\/offer-form$/, handle: saveOfferDraft },
  { method: "POST", path: /^\/api\/offer-form\/submit$/, handle: submitOffer },
  { method: "GET", path: /^\/api\/offer-form\/applications$/, handle: listApplicants },
  { method: "POST", path: new RegExp(`^/api/offer-form/applications/${id}/call$`), handle: requestCall },
  { method: "POST", path: /^\/api\/offer-form\/choice$/, handle: chooseApplicant },
  { method: "GET", path: new RegExp(`^/api/public/committees/${id}/offers$`), handle: listPublishedOffers },
  { method: "GET", path: new RegExp(`^/api/public/committees/${id}/offers\\.csv$`), handle: publishedOffersCsv },
  { method: "POST", path: new RegExp(`^/api/public/offers/${id}/applications$`), handle: apply },
  { method: "GET", path: /^\/api\/application$/, handle: readOwnApplication },
  { method: "POST", path: /^\/api\/application\/call$/, handle: pickCallSlot },
  { method: "GET", path: new RegExp(`^/api/applications/${id}/files/(letter|cv)$`), handle: downloadApplicationFile },
  { method: "GET", path: new RegExp(`^/api/applications/${id}/call\\.ics$`), handle: downloadCallIcs },
  { method: "GET", path: /^\/api\/certificates\/([0-9A-Za-z]{4}-[0-9A-Za-z]{4})$/, handle: readCertificate },
];

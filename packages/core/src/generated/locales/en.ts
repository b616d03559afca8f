
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.empty': `There is nothing to show here yet.`,
'core.error.cors.text': `The website that holds the data does not allow this page to fetch it (CORS). The web editor must ask for this page's address to be added as allowed.`,
'core.error.html.text': str`The address ${0} answered with a web page, not a data file. The web editor must check the src attribute.`,
'core.error.missing.text': `This module has not received any data. The web editor must set the src attribute or add the data.`,
'core.error.missing.title': `The content is missing`,
'core.error.network.title': `Could not load the content`,
'core.error.notFound.text': str`There is no file at the address ${0} (error code ${1}). The web editor must check the src attribute.`,
'core.error.offline.text': `Check your internet connection and try again.`,
'core.error.parse.text': `The data file is not valid JSON. The web editor can check the file with a JSON validator.`,
'core.error.parse.title': `The content cannot be read`,
'core.error.parse.where': str`The error is on line ${0}, character ${1}.`,
'core.error.render.text': `Something went wrong while the module was drawing its content. The fault is not in the data file. Reload the page, or see the content below.`,
'core.error.render.title': `The module could not be shown`,
'core.error.schema.many': str`The data file does not follow the format. These ${0} errors must be fixed:`,
'core.error.schema.one': `The data file does not follow the format. This must be fixed:`,
'core.error.schema.title': `The content has errors`,
'core.error.status.text': str`The server responded with error code ${0}. Try again in a moment.`,
'core.error.timeout.text': `It took too long to load the content. Try again in a moment.`,
'core.loading': `Loading…`,
'core.retry': `Try again`,
'form.error.prefix': `Error:`,
'form.optional': `(optional)`,
'form.submission.failed': `Could not send.`,
'form.submission.offline': `No connection. Will try again when you are online.`,
'form.submission.retrying': str`Trying again in ${0} seconds.`,
'form.submission.retryingSoon': `Trying again shortly.`,
'form.submission.sending': `Sending …`,
'form.submission.sent': `Sent.`,
'form.summary.heading': `Fix the following before you can send`,
    };
  

    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'editor.address.busy': `Fetching …`,
'editor.address.check': `Fetch and check`,
'editor.address.empty': `Write the address of the document.`,
'editor.address.hint': str`On this website, for example ${0}`,
'editor.address.invalid': str`“${0}” is not an address.`,
'editor.address.label': `The address of the kommune document`,
'editor.address.network': `Could not reach the website. Check the network connection and try again.`,
'editor.address.not-found': str`No file was found at ${0} (404). Check the address.`,
'editor.address.other-site': str`The page only fetches documents from this website (${0}). Download the file and choose “A file on this computer” instead.`,
'editor.address.status': str`The website answered ${0} for ${1}.`,
'editor.address.timeout': `The website did not answer in time. Try again.`,
'editor.coverage': `What the document can show`,
'editor.coverage.absent': `not in the document`,
'editor.coverage.invalid': `has problems, and shows an error message until they are fixed`,
'editor.coverage.ready': `can be shown`,
'editor.field': `field`,
'editor.file.hint': `The file is read only here in the browser. It is not uploaded anywhere.`,
'editor.file.label': `Choose the kommune document (.json)`,
'editor.file.unreadable': str`Could not read ${0}. Try choosing the file again.`,
'editor.fix': `How to fix it:`,
'editor.fix.closed-reason': `Write the legal basis in the item, for example "closedReason": "Offl. § 13, jf. fvl. § 13". If the item is open after all, write "public": true.`,
'editor.fix.date': str`Write “${0}”: year, month and day with hyphens between them, in that order.`,
'editor.fix.date-time': str`Write the date year first and add the time: “${0}T18:00” for 6 pm.`,
'editor.fix.number': str`Write the number without quotation marks, spaces and “kr”: ${0}`,
'editor.fix.url-http': str`Write “${0}”, with the s. If the page does not open with https, whoever runs it must fix that: the widgets never link to http.`,
'editor.fix.url-www': str`Write the whole address: “https://${0}”.`,
'editor.heading': `Check the kommune document`,
'editor.language': `Language`,
'editor.lead': `See whether the JSON file with the kommune’s information is in order before you publish it. Each problem is shown with the line and character where it is, and how to fix it.`,
'editor.paste.check': `Check the text`,
'editor.paste.empty': `Paste the text into the field first.`,
'editor.paste.hint': `The text is checked only here in the browser.`,
'editor.paste.label': `Paste the contents of the kommune document`,
'editor.paste.name': `The text you pasted`,
'editor.place': str`Line ${0}, character ${1}`,
'editor.privacy': `The document stays in your browser. Nothing is sent anywhere.`,
'editor.result.many': str`${0} problems in ${1}`,
'editor.result.one': str`One problem in ${0}`,
'editor.result.syntax': str`${0} is not valid JSON`,
'editor.result.valid': str`${0} is in order.`,
'editor.result.valid-warnings': str`${0} is in order, but has warnings.`,
'editor.source.file': `A file on this computer`,
'editor.source.legend': `Where is the document?`,
'editor.source.paste': `I will paste the text`,
'editor.source.url': `An address on this website`,
'editor.syntax.explained': `This is where the text stops being JSON. Often a comma, a quotation mark or a bracket is missing just before this place, or there is one comma too many.`,
'editor.title': `Check the kommune document – kommune-widgets`,
'editor.warnings': `Warnings`,
'editor.warnings.lead': `This works today, but should be fixed.`,
'editor.widget.budget': `The budget pie`,
'editor.widget.meetings': `The meeting calendar`,
'editor.widget.participation': `The participation ladder`,
'editor.widget.pledge': `The Valgløftet pledge`,
'editor.widget.report': `The form for reporting hate and threats`,
    };
  
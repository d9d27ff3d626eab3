import type { lock as en } from '../en/lock';
import type { Dictionary } from '../types';

/** El bloqueo del dispositivo (dispositivos compartidos de planta) y «Borrar este dispositivo». */
export const lock: Dictionary<typeof en> = {
  screen: {
    title: 'Este dispositivo está bloqueado',
    intro: 'Los casos de este dispositivo están cifrados. Introduzca el código para verlos.',
    passcode: 'Código',
    unlock: 'Desbloquear',
    unlocking: 'Comprobando el código…',
    wrong: 'Ese código no es correcto. No se ha mostrado ni cambiado nada.',
    wrongWait:
      'Ese código no es correcto. Tras {count} intentos fallidos, el siguiente podrá hacerse dentro de {seconds} segundos.',
    wait: 'Demasiados intentos fallidos: vuelva a intentarlo dentro de {seconds} segundos. No se ha borrado nada.',
    damaged:
      'El registro del bloqueo en este dispositivo está dañado, así que los casos no pueden abrirse. No se ha borrado nada.',
    forgot: '¿Ha olvidado el código?',
    forgotText:
      'Sin el código nadie puede abrir los casos de este dispositivo, y no hay forma de recuperarlos. Puede borrarlos y empezar de nuevo: los casos se pierden para siempre (una copia descargada antes puede importarse otra vez). Los ajustes de este centro se conservan.',
    forgotConfirm: 'Lo entiendo: borrar todos los casos de este dispositivo',
    forgotErase: 'Borrar los casos y quitar el bloqueo',
    forgotCancel: 'Conservarlos y volver a intentarlo',
    erased: 'Los casos y el bloqueo se han borrado de este dispositivo.',
  },
  setup: {
    title: 'Establezca un código para este dispositivo',
    required:
      'Este centro pide que todo dispositivo compartido de planta esté bloqueado: establezca un código antes de ver los casos.',
    warning:
      'Si se olvida el código, nadie podrá recuperar los casos de este dispositivo, tampoco Informática. Antes de establecerlo, guarde una copia (Descargar todos los casos, en la lista de casos) donde el hospital lo permita.',
    passcode: 'Código nuevo (al menos {count} caracteres)',
    again: 'El mismo código otra vez',
    hint: 'Una frase larga protege mejor que un número corto si se pierde el dispositivo.',
    submit: 'Establecer el código y cifrar los casos',
    working: 'Cifrando los casos…',
    tooShort: 'El código necesita al menos {count} caracteres. No se ha establecido nada.',
    mismatch: 'Los dos códigos no coinciden. No se ha establecido nada.',
    unreadableKept:
      'Hay datos guardados que no pudieron leerse y se conservan sin cifrar. Descárguelos o descártelos antes en la lista de casos; no se ha establecido nada.',
    notSaved:
      'Hay un cambio aún no guardado en este dispositivo. Vuelva a intentarlo cuando lo esté; no se ha establecido nada.',
    failed:
      'Algunos casos aún no se han podido cifrar. El bloqueo está puesto; el próximo desbloqueo termina el trabajo.',
  },
  settings: {
    legend: 'Bloqueo para dispositivos compartidos de planta',
    hint: 'Con bloqueo, los casos de este dispositivo se guardan cifrados y la aplicación se bloquea sola tras un tiempo sin uso.',
    off: 'Este dispositivo no tiene bloqueo: sus casos se guardan sin cifrar.',
    on: 'Este dispositivo se bloquea tras {minutes} minutos sin uso; sus casos están cifrados.',
    required: 'Exigir bloqueo en todos los dispositivos de este centro',
    requiredHint:
      'A un dispositivo sin bloqueo se le pide establecer uno antes de mostrar casos. Es un ajuste de este centro en este dispositivo.',
    minutes: 'Bloquear tras estos minutos sin uso (de {min} a {max})',
    minutesError: 'Introduzca minutos enteros de {min} a {max}. No se ha guardado.',
    lockNow: 'Bloquear ahora',
    change: 'Cambiar el código',
    current: 'Código actual',
    newPasscode: 'Código nuevo (al menos {count} caracteres)',
    changeSubmit: 'Cambiar el código',
    changed: 'Se ha cambiado el código.',
    wrongCurrent: 'El código actual no es correcto. No se ha cambiado nada.',
    turnOff: 'Quitar el bloqueo',
    turnOffHint:
      'Los casos se descifran y vuelven a guardarse sin cifrar en este dispositivo. Introduzca el código para confirmarlo.',
    turnOffSubmit: 'Descifrar los casos y quitar el bloqueo',
    turnedOff: 'El bloqueo está quitado; los casos se guardan sin cifrar.',
  },
  clear: {
    legend: 'Borrar este dispositivo',
    hint: 'Para un dispositivo que sale de la planta o pasa a otra persona.',
    button: 'Borrar este dispositivo…',
    confirmText:
      'Esto elimina de este dispositivo, para siempre: todos los casos (y cualquier cambio sin guardar), todos los ajustes de este centro, el bloqueo y su código, los archivos guardados de la aplicación para usarla sin conexión y su service worker. Descargue antes una copia si necesita los casos.',
    confirm: 'Borrarlo todo',
    cancel: 'Cancelar',
    working: 'Borrando…',
    done: 'Este dispositivo se ha borrado: no queda en él ningún caso, ajuste, bloqueo ni archivo guardado de esta aplicación. Cierre esta pestaña; al abrir la aplicación de nuevo empieza desde cero.',
    doneElsewhere:
      'Este dispositivo se ha borrado en otra pestaña: no queda nada de esta aplicación en él. Cierre esta pestaña.',
    left: 'Parte no pudo eliminarse: {what}. Cierre todas las pestañas de la aplicación y vuelva a intentarlo.',
  },
};

; Hotseat's Windows installer (NSIS 3). After `python packaging\build.py` has made dist\hotseat\:
;
;   makensis /DVERSION=0.1.0 packaging\windows\hotseat.nsi
;     -> dist\hotseat-0.1.0-windows-setup.exe
;
; Optional defines: /DDIST=<bundle folder> (default ..\..\dist\hotseat beside this script),
; /DOUTFILE=<installer path>. Installs for the current user only (no administrator rights):
; %LOCALAPPDATA%\Programs\Hotseat, a Start-menu shortcut, and an entry in Apps & features.
; Settings and recorded calls live in the user's profile and are kept on uninstall. Portable use
; needs no installer: unzip dist\hotseat\ and put an empty file named `portable` beside hotseat.exe.

Unicode true
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!ifndef VERSION
  !error "Give the version: makensis /DVERSION=x.y.z hotseat.nsi"
!endif
!ifndef DIST
  !define DIST "..\..\dist\hotseat"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\hotseat-${VERSION}-windows-setup.exe"
!endif

!define APP_NAME "Hotseat"
!define APP_ID "app.hotseat.Hotseat"
!define PUBLISHER "The Hotseat developers"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"

; the file properties of the installer itself: "x.y.z" made into the four numbers Windows wants
!searchparse /noerrors "${VERSION}.0.0.0" "" V1 "." V2 "." V3 "."
VIProductVersion "${V1}.${V2}.${V3}.0"
VIAddVersionKey "ProductName" "${APP_NAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP_NAME} installer"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "LegalCopyright" "MIT License"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "hotseat.ico"
!define MUI_UNICON "hotseat.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\hotseat.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Open ${APP_NAME} now"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "Hotseat" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; a previous version's files go first, so nothing stale stays in _internal
  RMDir /r "$INSTDIR\_internal"
  File /r "${DIST}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\hotseat.exe" "" "$INSTDIR\hotseat.exe" 0 \
      SW_SHOWNORMAL "" "Practise the hardest customer call, offline"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\hotseat.exe,0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  ; only what the installer put there: a `portable` marker and the data beside it stay
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\hotseat.exe"
  Delete "$INSTDIR\hotseat-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd

# The handwriting fonts built into Tweetworthy, taken from Debian's font
# packages at build time (never checked in) and embedded as Qt resources under
# :/tw/fonts/, each with its package's copyright file next to it
# (:/tw/fonts/<name>.copyright). The copyright files are installed as well.
#
# Only fonts whose licence lets them ship inside a GPL-3.0-or-later program:
#   fonts-dancingscript    Dancing Script   SIL OFL 1.1 (the default)
#   fonts-kaushanscript    Kaushan Script   SIL OFL 1.1
#   fonts-dkg-handwriting  DkgHandwriting   GPL-3+ (font source OFL 1.1)
# See README.md for the ones left out and why.

set(TW_HANDWRITING_FONTS
    "fonts-dancingscript|/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf|DancingScript-Regular.otf"
    "fonts-kaushanscript|/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf|KaushanScript-Regular.otf"
    "fonts-dkg-handwriting|/usr/share/fonts/truetype/fifthhorseman/dkg.ttf|dkg-handwriting.ttf")

# tw_bundle_handwriting_fonts(<target>): copies the fonts and their copyright
# files into the build tree and embeds them in <target>.
function(tw_bundle_handwriting_fonts target)
    set(dir "${CMAKE_CURRENT_BINARY_DIR}/handwriting-fonts")
    set(files "")
    set(copyrights "")
    foreach(entry IN LISTS TW_HANDWRITING_FONTS)
        string(REPLACE "|" ";" fields "${entry}")
        list(GET fields 0 package)
        list(GET fields 1 source)
        list(GET fields 2 name)
        set(copyright "/usr/share/doc/${package}/copyright")
        if(NOT EXISTS "${source}" OR NOT EXISTS "${copyright}")
            message(FATAL_ERROR "The handwriting font ${source} or its copyright file is missing: "
                "install the Debian package ${package} (listed in scripts/deps.txt).")
        endif()
        get_filename_component(stem "${name}" NAME_WLE)
        configure_file("${source}" "${dir}/${name}" COPYONLY)
        configure_file("${copyright}" "${dir}/${stem}.copyright" COPYONLY)
        list(APPEND files "${dir}/${name}" "${dir}/${stem}.copyright")
        list(APPEND copyrights "${dir}/${stem}.copyright")
    endforeach()
    qt_add_resources(${target} ${target}_handwriting_fonts
        PREFIX "/tw/fonts"
        BASE "${dir}"
        FILES ${files})
    install(FILES ${copyrights} "${PROJECT_SOURCE_DIR}/resources/fonts/README.md"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/tweetworthy/fonts)
endfunction()
